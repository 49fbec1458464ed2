// Adds and removes participant rows in the browser. Without this file the same buttons
// submit the form and the server redraws it with one row more or less, keeping what was typed.
(function () {
    "use strict";

    function renumber(form) {
        var rows = form.querySelectorAll("[data-participant-rows] [data-participant-row]");
        rows.forEach(function (row, index) {
            row.querySelectorAll("input, select, textarea, label, [id], [aria-describedby], button[data-remove-row]").forEach(function (el) {
                ["name", "id", "for", "aria-describedby"].forEach(function (attr) {
                    var value = el.getAttribute(attr);
                    if (value) {
                        el.setAttribute(attr, value.replace(/participants-(\d+|__prefix__)-/g, "participants-" + index + "-"));
                    }
                });
                if (el.matches("button[data-remove-row]")) {
                    el.value = String(index);
                }
            });
            row.querySelectorAll("[data-row-number]").forEach(function (el) {
                el.textContent = String(index + 1);
            });
        });
        form.querySelector("[name=participants-TOTAL_FORMS]").value = String(rows.length);
        var max = parseInt(form.querySelector("[name=participants-MAX_NUM_FORMS]").value, 10);
        form.querySelector("[data-add-row]").hidden = rows.length >= max;
        rows.forEach(function (row) {
            row.querySelector("[data-remove-row]").hidden = rows.length === 1;
        });
    }

    function setUp(form) {
        var container = form.querySelector("[data-participant-rows]");
        var template = form.querySelector("template[data-row-template]");
        if (!container || !template) {
            return;
        }
        form.addEventListener("click", function (event) {
            var add = event.target.closest("[data-add-row]");
            var remove = event.target.closest("[data-remove-row]");
            if (add) {
                event.preventDefault();
                var fragment = template.content.cloneNode(true);
                container.appendChild(fragment);
                renumber(form);
                var rows = container.querySelectorAll("[data-participant-row]");
                rows[rows.length - 1].querySelector("input").focus();
            } else if (remove) {
                event.preventDefault();
                var row = remove.closest("[data-participant-row]");
                var previous = row.previousElementSibling || row.nextElementSibling;
                row.remove();
                renumber(form);
                if (previous) {
                    previous.querySelector("input").focus();
                }
            }
        });
        renumber(form);
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("form[data-signup-form]").forEach(setUp);
    });
})();
