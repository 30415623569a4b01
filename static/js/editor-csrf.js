/* Let the editor's uploads pass Django's CSRF check.
   CKEditor 4 sends uploads through its fileTools (paste, drag and the image
   dialog with filebrowserUploadMethod "xhr"), which add the headers named in
   config.fileTools_requestHeaders. This file may load before ckeditor.js, so it
   waits for CKEDITOR and covers editors created before and after it runs. */
(function () {
  "use strict";
  function csrfHeaders() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]*)/);
    return { "X-CSRFToken": match ? decodeURIComponent(match[1]) : "" };
  }
  function install() {
    var CKEDITOR = window.CKEDITOR;
    if (!CKEDITOR || !CKEDITOR.on) {
      window.setTimeout(install, 50);
      return;
    }
    CKEDITOR.config.fileTools_requestHeaders = csrfHeaders();
    Object.keys(CKEDITOR.instances).forEach(function (name) {
      CKEDITOR.instances[name].config.fileTools_requestHeaders = csrfHeaders();
    });
    CKEDITOR.on("instanceLoaded", function (event) {
      event.editor.config.fileTools_requestHeaders = csrfHeaders();
    });
  }
  install();
})();
