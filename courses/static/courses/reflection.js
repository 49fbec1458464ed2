// Warns before leaving a module part with a reflection typed but not saved. Without this file
// nothing is lost either way that stays on the page's own buttons: "Next part", "Previous part"
// and "Take the quiz" submit the part's form, which saves the reflections first.
(function () {
    "use strict";

    document.querySelectorAll("form[data-unsaved-warning]").forEach(function (form) {
        var dirty = false;
        form.addEventListener("input", function (event) {
            if (event.target.matches("textarea")) {
                dirty = true;
            }
        });
        form.addEventListener("submit", function () {
            dirty = false;
        });
        window.addEventListener("beforeunload", function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = form.dataset.unsavedWarning;  // older browsers show this text
                return form.dataset.unsavedWarning;
            }
        });
    });
})();
