// vitrina timeline: vis-timeline over the events of the page (data from a JSON script tag).
// Items carry their event label; approximate dates get fuzzy ends, uncertain ones hatching.
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  var source = box && document.getElementById(box.getAttribute("data-items"));
  if (!box || !source || !window.vis) return;
  var drawn = JSON.parse(source.textContent);
  var DAY = 86400000;

  function date(iso, endOfDay) {
    // "YYYY-MM-DD", the year signed before the common era ("-0044-03-15", EDTF's astronomical years)
    var m = /^(-?)(\d{4,})-(\d\d)-(\d\d)$/.exec(iso);
    var d = m ? new Date(Date.UTC(2000, Number(m[3]) - 1, Number(m[4]))) : new Date(iso + "T00:00:00Z");
    if (m) d.setUTCFullYear((m[1] ? -1 : 1) * Number(m[2]), Number(m[3]) - 1, Number(m[4]));  // any year
    return endOfDay ? new Date(d.getTime() + DAY) : d;
  }
  function qualifierClass(q) {
    if (!q) return "";
    if (q.indexOf("uncertain") >= 0) return q.indexOf("approximate") >= 0 ? " tl-approx tl-uncertain" : " tl-uncertain";
    return " tl-approx";
  }

  var items = drawn.items.map(function (item) {
    var out = { id: item.id, group: item.group, start: date(item.start), label: item.label,
      url: item.url, target: item.target, title: item.label + (item.qualifier ? " (" + item.qualifier + ")" : "") };
    if (item.end) {
      out.end = date(item.end, true);
      out.type = "range";
    } else {
      out.type = "box";
    }
    out.className = "tl-" + out.type + qualifierClass(item.qualifier);
    return out;
  });
  var groups = drawn.groups.length > 1 ? new vis.DataSet(drawn.groups.map(function (g) {
    return { id: g.id, content: g.label };
  })) : null;

  var options = {
    stack: true, zoomKey: "ctrlKey", horizontalScroll: false, verticalScroll: true,
    maxHeight: 560, minHeight: 180, orientation: { axis: "top" }, showCurrentTime: false,
    margin: { item: { horizontal: 4, vertical: 6 } }, tooltip: { followMouse: false },
    xss: { disabled: false },
    // Labels as text nodes: nothing from the data is parsed as HTML.
    template: function (item) {
      var span = document.createElement("span");
      span.textContent = item.label || "";
      return span;
    },
    groupTemplate: function (group) {
      var span = document.createElement("span");
      span.textContent = group ? group.content : "";
      return span;
    }
  };
  var timeline = groups ? new vis.Timeline(box, new vis.DataSet(items), groups, options)
                        : new vis.Timeline(box, new vis.DataSet(items), options);

  // The rows scroll when there are many: reachable by keyboard (arrow keys scroll them).
  [[".vis-panel.vis-left", "Timeline rows"], [".vis-panel.vis-center", "Timeline items"]].forEach(function (p) {
    var panel = box.querySelector(p[0]);
    if (!panel) return;
    panel.tabIndex = 0;
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", p[1]);
  });

  // Choosing an item opens its sentence; the list item of the same event lights up.
  timeline.on("select", function (props) {
    var item = items.filter(function (i) { return i.id === props.items[0]; })[0];
    if (item) window.location.href = item.url;
  });
  document.querySelectorAll("[data-timeline]").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-timeline");
      if (action === "in") timeline.zoomIn(0.5);
      else if (action === "out") timeline.zoomOut(0.5);
      else timeline.fit();
    });
  });
  function noteRange(range) {  // the visible window, for tests and for the curious
    box.setAttribute("data-range", new Date(range.start).toISOString() + "/" + new Date(range.end).toISOString());
  }
  timeline.on("rangechanged", noteRange);
  noteRange(timeline.getWindow());
  box.setAttribute("data-ready", "1");
})();
