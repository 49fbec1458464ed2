// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";

    // Move focus to an error summary so keyboard and screen reader users hear it first.
    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
        });
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }
    });
})();

// Print buttons (the sign-in sheet): a button, so the page works without this file too.
document.addEventListener("click", function (event) {
    "use strict";
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});
