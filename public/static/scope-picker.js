// The request form's data picker, progressively: choosing a use case ticks its usual data at
// once (the "Choisir" button does it through the server without JavaScript), and a filter box
// narrows the families of data. Manual choices are kept: only the previous use case's data go.
(function () {
  "use strict";

  var select = document.querySelector("[data-use-case-select]");
  var families = document.querySelectorAll("details[data-family]");
  if (!select || families.length === 0) return;
  var form = select.form;
  var before = form.querySelector("input[name=use_case_before]");
  var why = document.querySelector("[data-use-case-why]");

  function defaults(key) {
    var option = select.querySelector('option[value="' + key + '"]');
    var scopes = option ? option.getAttribute("data-scopes") : "";
    return scopes ? scopes.split(" ") : [];
  }

  function box(scope) {
    return document.getElementById("scope-" + scope);
  }

  function refreshCounts() {
    families.forEach(function (family) {
      var boxes = family.querySelectorAll("input[type=checkbox]");
      var ticked = family.querySelectorAll("input[type=checkbox]:checked").length;
      if (ticked > 0) family.open = true;
      var count = family.querySelector("[data-family-count]");
      if (count)
        count.textContent =
          "(" +
          boxes.length +
          " données" +
          (ticked > 0 ? ", " + ticked + " cochée" + (ticked > 1 ? "s" : "") : "") +
          ")";
    });
  }

  // The server-side step is not needed any more: the choice applies as soon as it is made.
  document.querySelectorAll("[data-use-case-button]").forEach(function (element) {
    element.hidden = true;
  });

  select.addEventListener("change", function () {
    var previous = before ? before.value : "";
    if (previous === select.value) return;
    defaults(previous).forEach(function (scope) {
      var input = box(scope);
      if (input) input.checked = false;
    });
    defaults(select.value).forEach(function (scope) {
      var input = box(scope);
      if (input) input.checked = true;
    });
    if (before) before.value = select.value;
    var option = select.options[select.selectedIndex];
    if (why) why.textContent = option ? option.getAttribute("data-why") || "" : "";
    refreshCounts();
  });

  form.addEventListener("change", function (event) {
    if (event.target instanceof HTMLInputElement && event.target.type === "checkbox") refreshCounts();
  });

  // The filter: accents and case do not matter ("etudiant" finds "Étudiant").
  var filterBlock = document.querySelector("[data-scope-filter]");
  var filter = document.getElementById("filtre-donnees");
  var status = document.querySelector("[data-scope-filter-count]");
  if (!filterBlock || !filter) return;
  filterBlock.hidden = false;

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  }

  filter.addEventListener("input", function () {
    var query = fold(filter.value.trim());
    var shown = 0;
    families.forEach(function (family) {
      var title = fold(family.querySelector("summary").textContent + " " + family.querySelector("p").textContent);
      var rows = Array.prototype.slice.call(family.querySelectorAll("[data-scope-label]"));
      // The data whose own name matches; failing that, the whole family when its title does.
      var own = rows.filter(function (row) {
        return fold(row.getAttribute("data-scope-label")).indexOf(query) >= 0;
      });
      var matches = !query ? rows : own.length > 0 ? own : title.indexOf(query) >= 0 ? rows : [];
      rows.forEach(function (row) {
        row.hidden = matches.indexOf(row) < 0;
      });
      shown += matches.length;
      family.hidden = matches.length === 0;
      if (query && matches.length > 0) family.open = true;
    });
    if (status)
      status.textContent = query
        ? shown + " donnée" + (shown > 1 ? "s" : "") + " affichée" + (shown > 1 ? "s" : "")
        : "";
  });
})();
