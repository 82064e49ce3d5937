// vitrina graph: Cytoscape.js on the nodes and links of the page (JSON script tag).
// Choosing a node opens its page; choosing a link lists the sentences behind it.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var source = box && document.getElementById(box.getAttribute("data-graph"));
  if (!box || !source || !window.cytoscape) return;
  var data = JSON.parse(source.textContent);
  var COLORS = { person: "#1f4e79", place: "#2d5c35", organization: "#5b3f7a", group: "#5b3f7a", event: "#8b2a1d" };

  var elements = data.nodes.map(function (n) {
    return { group: "nodes", data: { id: n.id, label: n.label, type: n.type, url: n.url,
      size: Math.min(12 + Math.sqrt(n.mentions || 1) * 2.5, 46), focus: n.id === data.focus ? 1 : 0,
      degree: n.degree || 0 } };
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, kind: e.kind,
      weight: e.weight, width: Math.min(1 + Math.log2(1 + e.weight) * 1.5, 8), index: i } });
  });

  var cy = cytoscape({
    container: box, elements: elements, minZoom: 0.2, maxZoom: 4,
    style: [
      { selector: "node", style: {
        "background-color": function (n) { return COLORS[n.data("type")] || "#555"; },
        width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 11,
        "font-family": "system-ui, sans-serif", color: "#1f1d1a", "text-valign": "bottom", "text-margin-y": 3,
        "text-wrap": "ellipsis", "text-max-width": 140, "text-background-color": "#fff",
        "text-background-opacity": 0.75, "text-background-padding": 1 } },
      { selector: "node[type = 'event']", style: { shape: "diamond" } },
      { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#ffb000" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#a79f90", opacity: 0.5,
        "curve-style": "haystack" } },
      { selector: "edge[kind != 'co-mention']", style: { "line-style": "dashed" } },
      { selector: "edge:selected", style: { "line-color": "#8b2a1d", opacity: 1 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#8b2a1d" } }
    ],
    layout: { name: "circle" }  // a deterministic start for the force layout below
  });
  cy.layout(layoutOptions("cose")).run();

  function layoutOptions(name) {
    if (name === "concentric") {
      return { name: "concentric", concentric: function (n) { return n.data("degree"); },
        levelWidth: function () { return 4; }, minNodeSpacing: 18, animate: false };
    }
    return { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 60000; },
      idealEdgeLength: function () { return 120; }, nodeOverlap: 40, gravity: 0.6, numIter: 1500,
      padding: 20 };
  }

  var chooser = document.getElementById("g-layout");
  if (chooser) {
    chooser.addEventListener("change", function () { cy.layout(layoutOptions(chooser.value)).run(); });
  }

  cy.on("tap", "node", function (event) {
    window.location.href = event.target.data("url");
  });

  var panel = document.getElementById("graph-evidence");
  cy.on("tap", "edge", function (event) {
    var edge = data.edges[event.target.data("index")];
    if (!panel || !edge) return;
    var names = {};
    data.nodes.forEach(function (n) { names[n.id] = n.label; });
    panel.hidden = false;
    panel.querySelector(".evidence-pair").textContent = names[edge.source] + " — " + names[edge.target] +
      (edge.kind === "co-mention" ? " (named together in " + edge.weight + (edge.weight === 1 ? " sentence)" : " sentences)")
                                  : " (" + (edge.kind === "place" ? "place of the event" : "takes part in the event") + ")");
    var list = panel.querySelector(".evidence-list");
    list.textContent = "";
    edge.evidence.forEach(function (s) {
      var li = document.createElement("li");
      li.appendChild(document.createTextNode(s.text + " "));
      var a = document.createElement("a");
      a.href = s.url;
      a.textContent = s.document_title;
      li.appendChild(a);
      list.appendChild(li);
    });
    if (!edge.evidence.length) {
      var target = data.nodes.filter(function (n) { return n.id === edge.target; })[0];
      if (target) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = target.url;
        a.textContent = "the event's sentence";
        li.appendChild(a);
        list.appendChild(li);
      }
    }
  });
  window.vitrinaGraph = cy;  // for the browser tests
  box.setAttribute("data-ready", "1");
})();
