// The public map (/map): Leaflet over the configured tiles, one marker per open fault from the GeoJSON. Without
// this script, or without tiles, the table on the page lists the same faults. No HTML is built from data: every
// text goes in through textContent.
(function () {
  'use strict';
  var element = document.getElementById('fault-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = element.dataset;
  element.hidden = false;
  var help = document.getElementById('fault-map-help');
  if (help) {
    help.hidden = false;
  }

  var map = L.map(element, {keyboard: true}).setView([Number(data.lat), Number(data.lon)], Number(data.zoom));
  var credit = document.createElement('a');
  credit.href = data.attributionUrl;
  credit.textContent = data.attribution;
  L.tileLayer(data.tileUrl, {maxZoom: 19, attribution: credit.outerHTML}).addTo(map);

  function line(label, value) {
    var p = document.createElement('p');
    p.textContent = label ? label + ': ' + value : value;
    return p;
  }

  function popup(properties) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = properties.title;
    box.appendChild(title);
    if (properties.place) {
      box.appendChild(line(null, properties.place));
    }
    box.appendChild(line(data.statusLabel, properties.statusText));
    if (properties.expected) {
      box.appendChild(line(data.expectedLabel, properties.expected));
    }
    return box;
  }

  fetch(data.geojson, {headers: {Accept: 'application/geo+json'}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('faults: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (collection) {
      L.geoJSON(collection, {
        pointToLayer: function (feature, latlng) {
          var p = feature.properties;
          var label = p.title + (p.place ? ', ' + p.place : '') + ' – ' + p.statusText;
          return L.marker(latlng, {title: label, alt: label, keyboard: true});
        },
        onEachFeature: function (feature, layer) {
          layer.bindPopup(popup(feature.properties));
        }
      }).addTo(map);
    })
    .catch(function (error) {
      // The table below still lists every fault.
      console.warn(error);
    });
}());
