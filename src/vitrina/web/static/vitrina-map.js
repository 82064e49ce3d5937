// vitrina map: Leaflet over Natural Earth country shapes, no tiles, nothing fetched.
// Data comes from the page (<script type="application/json">); the list below the map
// holds the same places for readers without the map.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var source = box && document.getElementById(box.getAttribute("data-places"));
  if (!box || !source || !window.L) return;
  var places = JSON.parse(source.textContent).places;
  var MAX_ZOOM = 9;  // 110m outlines get coarse beyond this

  var map = L.map(box, {
    zoomSnap: 0.5, minZoom: 1, maxZoom: MAX_ZOOM, worldCopyJump: true,
    attributionControl: true, preferCanvas: false
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");

  // A ring cut at the antimeridian holds points at both -180 and 180: on a flat map
  // it would be drawn across the whole world, so its western half moves east by 360.
  function unwrap(ring) {
    var lons = ring.map(function (p) { return p[0]; });
    if (Math.max.apply(null, lons) - Math.min.apply(null, lons) <= 180) return ring;
    return ring.map(function (p) { return [p[0] < 0 ? p[0] + 360 : p[0], p[1]]; });
  }
  function unwrapFeature(feature) {
    var g = feature.geometry;
    if (g && g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
    if (g && g.type === "MultiPolygon") {
      g.coordinates = g.coordinates.map(function (poly) { return poly.map(unwrap); });
    }
    return feature;
  }

  if (window.topojson && window.VITRINA_WORLD) {
    var world = window.VITRINA_WORLD;
    var countries = topojson.feature(world, world.objects.countries);
    countries.features.forEach(unwrapFeature);
    L.geoJSON(countries, {
      interactive: false,
      style: function () {
        return { className: "country", weight: 0.6, fillOpacity: 1 };
      }
    }).addTo(map);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function link(href, text) {
    var a = el("a", "", text);
    a.href = href;
    return a;
  }

  // A popup built from DOM nodes: place name, counts, first mentions in context.
  function popup(place) {
    var root = el("div", "map-popup");
    var head = el("p", "map-popup-title");
    head.appendChild(link(place.url, place.name));
    root.appendChild(head);
    root.appendChild(el("p", "count", place.mentions + (place.mentions === 1 ? " mention" : " mentions") +
      (place.documents > 1 ? " in " + place.documents + " documents" : "")));
    var list = el("ul", "map-popup-quotes");
    (place.quotes || []).forEach(function (q) {
      var li = el("li");
      li.appendChild(document.createTextNode(q.before));
      li.appendChild(el("strong", "", q.match));
      li.appendChild(document.createTextNode(q.after + " "));
      li.appendChild(link(q.url, "— " + q.document_title));
      list.appendChild(li);
    });
    root.appendChild(list);
    return root;
  }

  var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  var bounds = [];
  places.forEach(function (place) {
    var size = Math.min(10 + Math.round(Math.sqrt(place.mentions) * 2), 26);
    var target = Math.max(size, 24);  // the tap target (WCAG 2.5.8); the dot shows the mentions
    var dot = document.createElement("span");
    dot.className = "map-dot";
    dot.style.width = dot.style.height = size + "px";  // (CSSOM, allowed by the CSP; no style attribute)
    var marker = L.marker([place.lat, place.lon], {
      title: place.name, alt: place.name, keyboard: true,
      icon: L.divIcon({ className: "map-pin", html: dot, iconSize: [target, target] })
    });
    marker.bindPopup(function () { return popup(place); }, { maxWidth: 300 });
    cluster.addLayer(marker);
    bounds.push([place.lat, place.lon]);
  });
  map.addLayer(cluster);

  if (bounds.length) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 5 });
  } else {
    map.setView([20, 0], 1);
  }
  function note() { box.setAttribute("data-zoom", String(map.getZoom())); }
  map.on("zoomend", note);
  note();
  box.setAttribute("data-ready", "1");
})();
