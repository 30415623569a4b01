/* Let the editor's uploads pass Django's CSRF check.
   CKEditor 4 sends uploads through its fileTools (paste, drag and the image
   dialog with filebrowserUploadMethod "xhr"), which add these headers. */
(function () {
  "use strict";
  function cookie(name) {
    var match = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return match ? decodeURIComponent(match[1]) : "";
  }
  function install() {
    if (!window.CKEDITOR) { return false; }
    window.CKEDITOR.on("instanceCreated", function (event) {
      event.editor.on("fileUploadRequest", function (evt) {
        evt.data.fileLoader.xhr.setRequestHeader("X-CSRFToken", cookie("csrftoken"));
      });
    });
    return true;
  }
  if (!install()) { document.addEventListener("DOMContentLoaded", install); }
})();
