/* Plain words in the editor's photo dialog (image2): the alt text is a description read to
   blind readers, and the caption box says that it shows a caption under the photo. */
(function () {
  "use strict";
  var ALT = "Mô tả ảnh cho người khiếm thị (đọc thay cho ảnh)";
  var CAPTION = "Hiện chú thích dưới ảnh";
  function install() {
    var CKEDITOR = window.CKEDITOR;
    if (!CKEDITOR || !CKEDITOR.on) {
      window.setTimeout(install, 50);
      return;
    }
    CKEDITOR.on("dialogDefinition", function (event) {
      if (event.data.name !== "image2") { return; }
      var info = event.data.definition.getContents("info");
      var alt = info && info.get("alt");
      var caption = info && info.get("hasCaption");
      if (alt) { alt.label = ALT; }
      if (caption) { caption.label = CAPTION; }
    });
    CKEDITOR.on("instanceReady", function (event) {
      var lang = event.editor.lang.image2;
      if (lang) { lang.captionPlaceholder = "Nhập chú thích ảnh"; }
    });
  }
  install();
})();
