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
