// Cadre's small browser behaviours. Everything works without this file: it only helps.
(function () {
  "use strict";

  // A double click on a submit button sends the form once: the button is disabled after the
  // first submission (the server's version check refuses a second write anyway).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
    if (form.dataset.submitting === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = "true";
    form.querySelectorAll("button[type=submit]").forEach(function (button) {
      button.setAttribute("aria-disabled", "true");
    });
  });

  // Coming back with the browser's back button shows the page from cache: allow a new submit.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      delete form.dataset.submitting;
    });
  });

  // Keyboard triage (instruction pages): j/k move, o opens, v/t/r go to a decision form, ? helps.
  var DECISION_FIELDS = { v: "motivation-valider", t: "motivation-demander-acte-tarifaire", r: "motivation-refuser" };

  function typing(target) {
    return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
  }

  function select(row) {
    rows().forEach(function (other) {
      other.removeAttribute("aria-selected");
      other.classList.remove("cadre-row--selected");
    });
    row.setAttribute("aria-selected", "true");
    row.classList.add("cadre-row--selected");
    var link = row.querySelector("a");
    if (link) link.focus();
  }

  function move(step) {
    var list = rows();
    if (list.length === 0) {
      var pager = document.querySelector('a[data-key="' + (step > 0 ? "j" : "k") + '"]');
      if (pager) pager.click();
      return;
    }
    var current = list.findIndex(function (row) {
      return row.getAttribute("aria-selected") === "true";
    });
    var next = current === -1 ? 0 : Math.min(list.length - 1, Math.max(0, current + step));
    select(list[next]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    if (!document.querySelector("[data-triage]")) return;
    var key = event.key;
    if (key === "j" || key === "k") {
      move(key === "j" ? 1 : -1);
    } else if (key === "o") {
      var selected = document.querySelector('tr[aria-selected="true"] a') || document.querySelector("tr[data-row] a");
      if (selected) selected.click();
    } else if (DECISION_FIELDS[key]) {
      var field = document.getElementById(DECISION_FIELDS[key]);
      if (!field) return;
      field.scrollIntoView({ block: "center" });
      field.focus();
    } else if (key === "?") {
      var help = document.getElementById("bouton-aide-clavier");
      if (help) help.click();
    } else {
      return;
    }
    event.preventDefault();
  });
})();
