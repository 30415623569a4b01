// Names the admin controls that Django's scripts build, for screen readers (checked by axe-core):
// a Select2 autocomplete is named by its field's label, a SelectFilter search icon becomes an image.
(function () {
  "use strict";

  function labelOf(select) {
    var label = select.id && document.querySelector('label[for="' + CSS.escape(select.id) + '"]');
    if (label && !label.id) {
      label.id = select.id + "-label";
    }
    return label;
  }

  function nameAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) {
        return;
      }
      var label = labelOf(select);
      var names = label ? [label.id] : [];
      var shown = container.querySelector('[role="textbox"]');
      var combobox = container.querySelector('[role="combobox"]');
      if (shown && label && shown.getAttribute("aria-labelledby") !== label.id) {
        shown.setAttribute("aria-labelledby", label.id);
      }
      if (combobox && shown && shown.id) {
        // The label, then the chosen value.
        var wanted = names.concat([shown.id]).join(" ");
        if (combobox.getAttribute("aria-labelledby") !== wanted) {
          combobox.setAttribute("aria-labelledby", wanted);
        }
      } else if (combobox && !label && select.getAttribute("aria-label")) {
        combobox.setAttribute("aria-label", select.getAttribute("aria-label"));
      }
    });
  }

  function roleIcons(root) {
    root.querySelectorAll(".search-label-icon[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  var pending = false;
  function fix() {
    pending = false;
    nameAutocompletes(document);
    roleIcons(document);
  }

  function later() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(fix);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    fix();
    new MutationObserver(later).observe(document.body, {childList: true, subtree: true});
  });
})();
