/* Small progressive enhancements; every page works without them. */
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var list = document.getElementById("nav-list");
  if (toggle && list) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      list.classList.toggle("is-open", !open);
    });
  }
  // One sub-menu open at a time; Escape or a click elsewhere folds it (it opens without this script).
  var subs = document.querySelectorAll(".nav-sub details");
  function closeOthers(keep) {
    Array.prototype.forEach.call(subs, function (details) { if (details !== keep) { details.open = false; } });
  }
  Array.prototype.forEach.call(subs, function (details) {
    details.addEventListener("toggle", function () { if (details.open) { closeOthers(details); } });
    details.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest(".nav-sub")) { closeOthers(null); }
  });
})();

/* The day picker: a day chosen on the browser's calendar opens that day at once. */
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll(".day-picker form"), function (form) {
    var calendar = form.querySelector("input[type=date]");
    var typed = form.querySelector("input[name=ngay]");
    if (!calendar || !typed) { return; }
    calendar.addEventListener("change", function () {
      var parts = calendar.value.split("-");
      if (parts.length !== 3) { return; }
      typed.value = parts[2] + "/" + parts[1] + "/" + parts[0];
      form.submit();
    });
  });
})();

/* The work area's small helpers (targets, confirmations, folding filters); forms work without them. */
(function () {
  "use strict";

  // "Thêm chỉ tiêu": another empty target row, as many as needed (the server caps the count).
  Array.prototype.forEach.call(document.querySelectorAll("[data-formset]"), function (box) {
    var prefix = box.getAttribute("data-formset");
    var total = box.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
    var max = box.querySelector("input[name='" + prefix + "-MAX_NUM_FORMS']");
    var template = box.querySelector("template");
    var button = box.querySelector("[data-add-row]");
    if (!total || !template || !button) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      if (max && index >= parseInt(max.value, 10)) { return; }
      var row = template.content.firstElementChild.cloneNode(true);
      row.innerHTML = row.innerHTML.replace(/__prefix__/g, String(index));
      button.parentNode.insertBefore(row, button);
      total.value = String(index + 1);
      var first = row.querySelector("input, select, textarea");
      if (first) { first.focus(); }
    });
  });

  // Forms that lock something ask first (data-confirm holds the question).
  Array.prototype.forEach.call(document.querySelectorAll("form[data-confirm]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });

  // On a phone the filters start folded, under the counts; on a wide screen they stay open.
  var filters = document.querySelector("details.filters-box");
  if (filters && window.matchMedia("(max-width: 47.99em)").matches && !filters.hasAttribute("data-has-errors")) {
    filters.open = false;
  }
}());
