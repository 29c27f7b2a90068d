//! PNG bar charts for `mote bench compare`: one chart per metric, a bar per
//! contender at its median with a whisker from min to max. Text is drawn
//! with a TrueType font from the host (DejaVu Sans from Debian's
//! fonts-dejavu-core, which scripts/setup.sh installs).

use plotters::coord::ranged1d::SegmentedCoord;
use plotters::coord::types::RangedCoordu32;
use plotters::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

/// Where the font is looked for; `MOTE_PLOT_FONT` overrides.
const FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
];

/// Registers the font once as "sans-serif"; an error says what to install.
fn font() -> Result<(), String> {
    static DONE: OnceLock<Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        let candidates: Vec<String> = std::env::var("MOTE_PLOT_FONT")
            .into_iter()
            .chain(FONT_PATHS.iter().map(|s| s.to_string()))
            .collect();
        for p in &candidates {
            if let Ok(bytes) = std::fs::read(p) {
                // plotters keeps fonts for the life of the process
                let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
                return plotters::style::register_font("sans-serif", FontStyle::Normal, bytes)
                    .map_err(|_| format!("{p}: not a TrueType font"));
            }
        }
        Err(format!(
            "no TrueType font for the plots (looked at {}); run scripts/setup.sh (fonts-dejavu-core) or set MOTE_PLOT_FONT",
            candidates.join(", ")
        ))
    })
    .clone()
}

/// One bar: a label and (min, median, max), or None for a contender that
/// was not measured (drawn as "n/a").
pub struct Bar {
    pub label: String,
    pub stats: Option<(f64, f64, f64)>,
    /// The baseline's bar is drawn in another colour.
    pub baseline: bool,
}

/// Writes a horizontal bar chart of `bars` to `path` (PNG), the first bar on top.
pub fn bar_chart(path: &Path, title: &str, unit: &str, bars: &[Bar]) -> Result<(), String> {
    font()?;
    let err = |e: &dyn std::fmt::Display| format!("plot {}: {e}", path.display());
    let n = bars.len().max(1) as u32;
    let height = 110 + 46 * n;
    let root = BitMapBackend::new(path, (960, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let values: Vec<f64> = bars
        .iter()
        .filter_map(|b| b.stats)
        .flat_map(|(a, b, c)| [a, b, c])
        .filter(|v| v.is_finite() && *v > 0.0)
        .collect();
    let hi = values.iter().cloned().fold(0.0f64, f64::max).max(1e-9);
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min);
    // a log axis when the bars differ by more than 50x (image sizes)
    let log = lo.is_finite() && hi / lo > 50.0;
    let names: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    // segment k from the bottom holds bar n-1-k
    let y_fmt = |v: &SegmentValue<u32>| match v {
        SegmentValue::CenterOf(k) => names
            .get((n - 1 - *k) as usize)
            .cloned()
            .unwrap_or_default(),
        _ => String::new(),
    };
    let x_fmt = |v: &f64| short(*v);
    let mut builder = ChartBuilder::on(&root);
    builder
        .caption(title, ("sans-serif", 22))
        .margin(14)
        .margin_right(70)
        .x_label_area_size(44)
        .y_label_area_size(290);
    let y = (0..n - 1).into_segmented();
    if log {
        let (x0, x1) = (lo / 2.0, hi * 4.0);
        let mut chart = builder
            .build_cartesian_2d((x0..x1).log_scale(), y)
            .map_err(|e| err(&e))?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(WHITE)
            .y_label_formatter(&y_fmt)
            .y_labels(n as usize)
            .x_label_formatter(&x_fmt)
            .x_desc(format!("{unit} (log scale)"))
            .label_style(("sans-serif", 15))
            .draw()
            .map_err(|e| err(&e))?;
        draw_bars(&mut chart, bars, x0).map_err(|e| err(&e))?;
    } else {
        let mut chart = builder
            .build_cartesian_2d(0.0..hi * 1.12, y)
            .map_err(|e| err(&e))?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(WHITE)
            .y_label_formatter(&y_fmt)
            .y_labels(n as usize)
            .x_label_formatter(&x_fmt)
            .x_desc(unit)
            .label_style(("sans-serif", 15))
            .draw()
            .map_err(|e| err(&e))?;
        draw_bars(&mut chart, bars, 0.0).map_err(|e| err(&e))?;
    }
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

fn draw_bars<DB: DrawingBackend, X>(
    chart: &mut ChartContext<DB, Cartesian2d<X, SegmentedCoord<RangedCoordu32>>>,
    bars: &[Bar],
    floor: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>
where
    X: Ranged<ValueType = f64>,
    DB::ErrorType: 'static,
{
    let n = bars.len() as u32;
    for (i, b) in bars.iter().enumerate() {
        let k = n - 1 - i as u32;
        let (y0, y1, yc) = (
            SegmentValue::Exact(k),
            SegmentValue::Exact(k + 1),
            SegmentValue::CenterOf(k),
        );
        match b.stats {
            Some((lo, med, hi)) => {
                let colour = if b.baseline {
                    RGBColor(150, 150, 150)
                } else {
                    RGBColor(70, 120, 190)
                };
                let mut rect = Rectangle::new([(floor, y0), (med.max(floor), y1)], colour.filled());
                rect.set_margin(7, 7, 0, 0);
                chart.draw_series(std::iter::once(rect))?;
                // the whisker: min..max across the bar's middle
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![(lo.max(floor), yc.clone()), (hi.max(floor), yc.clone())],
                    BLACK.stroke_width(2),
                )))?;
                chart.draw_series(std::iter::once(Text::new(
                    format!(" {}", short(med)),
                    (hi.max(floor), yc),
                    ("sans-serif", 15).into_font().color(&BLACK),
                )))?;
            }
            None => {
                chart.draw_series(std::iter::once(Text::new(
                    " not available (see the table)".to_string(),
                    (floor, yc),
                    ("sans-serif", 15).into_font().color(&RED),
                )))?;
            }
        }
    }
    Ok(())
}

/// Writes a line chart to `path`: one line per series of (x, median) points
/// over a log x axis (the DNS rates across zone sizes).
pub fn line_chart(
    path: &Path,
    title: &str,
    x_desc: &str,
    unit: &str,
    series: &[(String, Vec<(f64, f64)>)],
) -> Result<(), String> {
    font()?;
    let err = |e: &dyn std::fmt::Display| format!("plot {}: {e}", path.display());
    let root = BitMapBackend::new(path, (960, 520)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let pts = series.iter().flat_map(|(_, p)| p.iter());
    let (mut x0, mut x1, mut y1) = (f64::INFINITY, 0.0f64, 0.0f64);
    for (x, y) in pts {
        x0 = x0.min(*x);
        x1 = x1.max(*x);
        y1 = y1.max(*y);
    }
    if !x0.is_finite() {
        (x0, x1, y1) = (1.0, 10.0, 1.0);
    }
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 22))
        .margin(14)
        .margin_right(30)
        .x_label_area_size(44)
        .y_label_area_size(80)
        .build_cartesian_2d((x0 / 1.5..x1 * 1.5).log_scale(), 0.0..y1.max(1e-9) * 1.15)
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .light_line_style(WHITE)
        .x_label_formatter(&|v| short(*v))
        .y_label_formatter(&|v| short(*v))
        .x_desc(x_desc)
        .y_desc(unit)
        .label_style(("sans-serif", 15))
        .draw()
        .map_err(|e| err(&e))?;
    for (i, (name, points)) in series.iter().enumerate() {
        let colour = Palette99::pick(i).to_rgba();
        chart
            .draw_series(LineSeries::new(
                points.iter().cloned(),
                colour.stroke_width(3),
            ))
            .map_err(|e| err(&e))?
            .label(name.clone())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(3))
            });
        chart
            .draw_series(points.iter().map(|p| Circle::new(*p, 4, colour.filled())))
            .map_err(|e| err(&e))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font(("sans-serif", 15))
        .position(SeriesLabelPosition::UpperRight)
        .draw()
        .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

/// A value as a short label: 3 significant digits with k/M suffixes.
pub fn short(v: f64) -> String {
    let a = v.abs();
    if a == 0.0 {
        "0".into()
    } else if a >= 1e6 {
        format!("{:.3}M", v / 1e6)
    } else if a >= 1e4 {
        format!("{:.1}k", v / 1e3)
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else if a >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_linear_and_log_charts_with_missing_bars() {
        let dir = std::env::temp_dir().join(format!("mote-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bar = |l: &str, s: Option<(f64, f64, f64)>| Bar {
            label: l.into(),
            stats: s,
            baseline: false,
        };
        for (name, bars) in [
            (
                "lin.png",
                vec![bar("a", Some((1.0, 2.0, 3.0))), bar("b", None)],
            ),
            (
                "log.png",
                vec![
                    bar("small", Some((3e5, 3e5, 3e5))),
                    bar("big", Some((6e7, 6e7, 6e7))),
                    bar("none", None),
                ],
            ),
        ] {
            let p = dir.join(name);
            bar_chart(&p, name, "unit", &bars).unwrap();
            assert!(std::fs::metadata(&p).unwrap().len() > 1000);
        }
        let p = dir.join("line.png");
        let series = vec![
            (
                "a".to_string(),
                vec![(100.0, 5.0), (1000.0, 4.0), (10000.0, 3.0)],
            ),
            ("b".to_string(), vec![]),
        ];
        line_chart(&p, "t", "records", "q/s", &series).unwrap();
        assert!(std::fs::metadata(&p).unwrap().len() > 1000);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
