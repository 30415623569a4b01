// Apply a register import while showing its progress; without JavaScript the form posts as usual.
(function () {
  "use strict";
  var form = document.getElementById("apply-import");
  if (!form || !window.fetch) { return; }
  var bar = document.getElementById("import-progress");
  var status = document.getElementById("import-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    form.querySelector("[type=submit]").disabled = true;
    bar.hidden = false;
    var timer = setInterval(function () {
      fetch(form.dataset.progressUrl, {credentials: "same-origin"})
        .then(function (r) { return r.json(); })
        .then(function (p) {
          if (p.total) { bar.value = Math.round(100 * p.done / p.total); status.textContent = p.done + " / " + p.total; }
        });
    }, 700);
    fetch(form.action || window.location.href, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: {"Accept": "application/json"}
    }).then(function (r) {
      clearInterval(timer);
      if (r.headers.get("Content-Type") === "application/json") {
        return r.json().then(function (data) { window.location.href = data.redirect; });
      }
      window.location.href = r.url;
    }).catch(function () { clearInterval(timer); form.submit(); });
  });
}());
