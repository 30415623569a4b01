/* Ask before leaving the article form with unsaved changes (the editor's text included). */
(function () {
  "use strict";
  var form = document.getElementById("article_form");
  if (!form) { return; }
  var submitting = false;
  var snapshot = null;

  function fields() {
    // The editor keeps its text in its own frame until the form is submitted.
    if (window.CKEDITOR) {
      Object.keys(window.CKEDITOR.instances).forEach(function (name) {
        window.CKEDITOR.instances[name].updateElement();
      });
    }
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.type === "submit" || element.type === "button" || element.name === "csrfmiddlewaretoken") { return; }
      if ((element.type === "checkbox" || element.type === "radio") && !element.checked) { return; }
      parts.push(element.name + "=" + (element.type === "file" ? element.files.length : element.value));
    });
    return parts.join("\u0000");
  }

  function takeSnapshot() {
    // A form shown again with errors holds text that is not saved yet.
    snapshot = document.querySelector(".errornote") ? "\u0001" : fields();
  }

  function whenEditorsReady(callback) {
    var editors = window.CKEDITOR ? Object.keys(window.CKEDITOR.instances).map(function (name) {
      return window.CKEDITOR.instances[name];
    }) : [];
    var waiting = editors.filter(function (editor) { return editor.status !== "ready"; });
    if (!waiting.length) { callback(); return; }
    waiting.forEach(function (editor) {
      editor.on("instanceReady", function () {
        if (editors.every(function (e) { return e.status === "ready"; })) { callback(); }
      });
    });
  }

  window.addEventListener("load", function () { whenEditorsReady(takeSnapshot); });
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (event) {
    if (submitting || snapshot === null || fields() === snapshot) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
}());
