/* Text size controls (A- A A+) for article pages, kept in localStorage; the print button of the print page. */
(function () {
  "use strict";
  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () {
      window.print();
    });
  }

  var KEY = "portal.fontScale";
  var STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5];
  var root = document.documentElement;

  function read() {
    try {
      var value = parseFloat(window.localStorage.getItem(KEY));
      return STEPS.indexOf(value) >= 0 ? value : 1;
    } catch (e) {
      return 1;
    }
  }

  function apply(scale) {
    root.style.setProperty("--font-size", scale + "rem");
    try {
      window.localStorage.setItem(KEY, String(scale));
    } catch (e) { /* private mode: the size still applies to this page */ }
  }

  apply(read());
  var controls = document.querySelector("[data-font-size-controls]");
  if (!controls) {
    return;
  }
  controls.hidden = false;
  controls.addEventListener("click", function (event) {
    var button = event.target.closest("[data-font-size]");
    if (!button) {
      return;
    }
    var index = STEPS.indexOf(read());
    var action = button.getAttribute("data-font-size");
    if (action === "smaller") {
      index = Math.max(0, index - 1);
    } else if (action === "larger") {
      index = Math.min(STEPS.length - 1, index + 1);
    } else {
      index = STEPS.indexOf(1);
    }
    apply(STEPS[index]);
  });
})();
