// Draw each incident chart from the spec the page carries (plotly.js, served by the app).
// The numbers are written on the chart and in the table below it, so nothing depends on
// hovering; clicking a figure opens its claim. On a narrow screen the source names move
// above their rows, leaving the width to the counts.
(function () {
  var NARROW = 560;

  function fit(text, room) {
    return text.length > room ? text.slice(0, room - 1) + "\u2026" : text;
  }

  function layoutFor(el, spec) {
    var layout = JSON.parse(JSON.stringify(spec.layout));
    if (el.clientWidth < NARROW) {
      var room = Math.floor(el.clientWidth / 7.2);
      layout.yaxis.showticklabels = false;
      layout.margin.l = 8;
      layout.height += 16 * layout.yaxis.categoryarray.length;
      layout.annotations = layout.yaxis.categoryarray.map(function (row) {
        return {xref: "paper", x: 0, y: row, yshift: 20, xanchor: "left", showarrow: false,
                text: fit(row.replace("<br>", " "), room), font: {size: 12, color: "#1d1d1f"}};
      });
    }
    return layout;
  }

  function draw() {
    document.querySelectorAll(".chart[data-spec]").forEach(function (el) {
      var spec = JSON.parse(document.getElementById(el.dataset.spec).textContent);
      var narrow = el.clientWidth < NARROW;
      Plotly.newPlot(el, spec.data, layoutFor(el, spec), {displayModeBar: false, responsive: true}).then(function () {
        el.dataset.drawn = "1";
      });
      el.on("plotly_click", function (ev) {
        var claim = ev.points && ev.points[0] && ev.points[0].customdata;
        if (claim) { window.location.href = "/ui/claims/" + encodeURIComponent(claim); }
      });
      window.addEventListener("resize", function () {
        if ((el.clientWidth < NARROW) !== narrow) {
          narrow = !narrow;
          Plotly.react(el, spec.data, layoutFor(el, spec));
        }
      });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
