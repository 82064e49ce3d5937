// vitrina: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Filter forms submit as soon as a select changes.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) select.form.submit();
    });
  });

  // A highlighted citation scrolls into view even without the #hl fragment.
  var hl = document.getElementById("hl");
  if (hl && window.location.hash !== "#hl") {
    hl.scrollIntoView({ block: "center" });
  }

  // Timeline and map: hovering a mark highlights its list item; clicking a
  // timeline mark jumps to the item.
  document.querySelectorAll("[data-target]").forEach(function (mark) {
    var item = document.getElementById(mark.getAttribute("data-target"));
    if (!item) return;
    function toggle(on) {
      mark.classList.toggle("active", on);
      item.classList.toggle("active", on);
    }
    mark.addEventListener("mouseenter", function () { toggle(true); });
    mark.addEventListener("mouseleave", function () { toggle(false); });
    if (mark.tagName.toLowerCase() === "g") {
      mark.addEventListener("click", function () {
        item.scrollIntoView({ block: "center" });
        item.classList.add("active");
      });
    }
  });

  // Graph: hovering or focusing a node highlights its links.
  var edges = document.querySelectorAll(".edge");
  document.querySelectorAll(".node[data-node]").forEach(function (node) {
    var id = node.getAttribute("data-node");
    function toggle(on) {
      node.classList.toggle("active", on);
      edges.forEach(function (edge) {
        if (edge.getAttribute("data-a") === id || edge.getAttribute("data-b") === id) {
          edge.classList.toggle("active", on);
        }
      });
    }
    ["mouseenter", "focus"].forEach(function (e) { node.addEventListener(e, function () { toggle(true); }); });
    ["mouseleave", "blur"].forEach(function (e) { node.addEventListener(e, function () { toggle(false); }); });
  });

  // Ask: show that the question is being worked on.
  var ask = document.getElementById("ask-form");
  if (ask) {
    ask.addEventListener("submit", function () {
      var button = ask.querySelector("button");
      if (button) { button.disabled = true; button.textContent = "Thinking…"; }
    });
  }
})();
