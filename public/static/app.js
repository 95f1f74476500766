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

  // A refused form re-renders its page at the form's address: the server names the page's own
  // address, and the address bar shows it, so a reload shows the page (and not the action).
  var pageUrl = document.body.getAttribute("data-page-url");
  if (pageUrl && window.history && history.replaceState) {
    history.replaceState(history.state, "", pageUrl + window.location.search + window.location.hash);
  }

  // The confirmation of a decision rides in the address (?fait=…&demande=…) for one display:
  // the address bar drops it, so a reload or a bookmark does not confirm the decision again.
  function forgetDone() {
    var params = new URLSearchParams(window.location.search);
    if (!params.has("fait") || !window.history || !history.replaceState) return;
    params.delete("fait");
    params.delete("demande");
    var query = params.toString();
    history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }
  forgetDone();
  document.addEventListener("htmx:pushedIntoHistory", forgetDone);

  // The queue's filters fold on a small screen (they are open in the HTML, for browsers
  // without JavaScript): the results come first, "Filtres" opens them.
  if (window.matchMedia && window.matchMedia("(max-width: 47.99em)").matches) {
    document.querySelectorAll("details[data-fold-small]").forEach(function (details) {
      details.open = false;
    });
  }

  // Coming back with the browser's back button shows the page from cache: allow a new submit.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitting]").forEach(function (form) {
      delete form.dataset.submitting;
    });
  });

  // Keyboard triage (instruction pages): j/k move, o opens, v/t/r go to a decision form, ? helps.
  var DECISION_FIELDS = { v: "motivation-valider", t: "motivation-demander-acte-tarifaire", r: "motivation-refuser" };

  function typing(target) {
    return (
      target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    );
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
  // Exports (admin): the download is streamed and has no length, so the browser's bar cannot say
  // how far it is. The server sends X-Export-Rows (the rows to come); this reads the file as a
  // stream, counts the CSV's records as they arrive (line feeds outside quotes, RFC 4180) and shows
  // "123 000 lignes sur 1 000 000", then saves the file. XLSX and ODS are compressed: only the
  // bytes received can be shown. Without JavaScript the form is a plain download.
  var numbers = new Intl.NumberFormat("fr-FR");

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-export-progress")) return;
    if (!window.fetch || !window.ReadableStream || !window.URL || !URL.createObjectURL) return;
    event.preventDefault();
    if (form.dataset.exporting === "true") return;
    form.dataset.exporting = "true";
    var status = form.querySelector("[data-export-status]");
    var bar = form.querySelector("progress");
    var text = form.querySelector("[data-export-text]");
    var button = form.querySelector("button[type=submit]");
    var query = new URLSearchParams(new FormData(form)).toString();
    var csv = new FormData(form).get("format") === "csv";
    status.hidden = false;
    bar.value = 0;
    text.textContent = "Préparation de l'export…";
    if (button) button.setAttribute("aria-disabled", "true");

    function done(message) {
      text.textContent = message;
      delete form.dataset.exporting;
      if (button) button.removeAttribute("aria-disabled");
    }

    fetch(form.action + "?" + query, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok || !response.body) {
          // The server's page says what is wrong (a date, a format…), in French: show it.
          delete form.dataset.exporting;
          window.location.href = form.action + "?" + query;
          return;
        }
        var total = Number(response.headers.get("x-export-rows"));
        var known = response.headers.get("x-export-rows") !== null && total >= 0;
        var name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") || "");
        var reader = response.body.getReader();
        var parts = [];
        var bytes = 0;
        var records = 0;
        var quoted = false;
        var shown = 0;
        if (known) bar.max = Math.max(total, 1);
        if (!csv || !known) bar.removeAttribute("value");

        function show(final) {
          var rows = Math.max(0, records - 1); // the header line is not a row
          if (csv && known) {
            bar.value = final ? bar.max : Math.min(rows, total);
            text.textContent =
              numbers.format(final ? total : Math.min(rows, total)) + " lignes sur " + numbers.format(total);
          } else {
            text.textContent =
              numbers.format(Math.round(bytes / 1024)) +
              " Ko reçus" +
              (known ? " (" + numbers.format(total) + " lignes à exporter)" : "");
          }
        }

        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) {
              show(true);
              if (!bar.hasAttribute("value")) bar.value = bar.max;
              var url = URL.createObjectURL(new Blob(parts, { type: response.headers.get("content-type") || "" }));
              var link = document.createElement("a");
              link.href = url;
              link.download = name ? name[1] : "export";
              document.body.appendChild(link);
              link.click();
              link.remove();
              setTimeout(function () {
                URL.revokeObjectURL(url);
              }, 60000);
              done(text.textContent + " — export terminé, fichier enregistré.");
              return;
            }
            var data = chunk.value;
            parts.push(data);
            bytes += data.length;
            if (csv) {
              for (var i = 0; i < data.length; i++) {
                var byte = data[i];
                if (byte === 0x22) quoted = !quoted;
                else if (byte === 0x0a && !quoted) records++;
              }
            }
            // At most a few updates a second: a screen reader reads each one.
            var now = Date.now();
            if (now - shown > 400) {
              shown = now;
              show(false);
            }
            return pump();
          });
        }
        return pump();
      })
      .catch(function () {
        done("L'export a été interrompu (connexion perdue ?). Vous pouvez réessayer.");
      });
  });
})();
