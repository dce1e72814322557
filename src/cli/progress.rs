//! Training progress on stderr: an indicatif bar on a terminal (step, loss, images/s, ETA), plain
//! lines every K steps otherwise. The bar draws into a buffer that goes out in one write per
//! frame through `syncbn_runtime::console`, like every other message.

use std::io;
use std::sync::{Arc, Mutex};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};
use syncbn_runtime::console;
use syncbn_runtime::train::{ProgressFn, StepReport};

/// A terminal that collects one frame of the bar and writes it whole on flush.
#[derive(Debug, Default)]
struct OneWriteTerm {
    frame: Mutex<String>,
}

impl OneWriteTerm {
    fn push(&self, text: &str) -> io::Result<()> {
        self.frame.lock().unwrap_or_else(|p| p.into_inner()).push_str(text);
        Ok(())
    }
}

impl TermLike for OneWriteTerm {
    fn width(&self) -> u16 {
        100
    }
    fn move_cursor_up(&self, n: usize) -> io::Result<()> {
        self.push(&format!("\x1b[{n}A"))
    }
    fn move_cursor_down(&self, n: usize) -> io::Result<()> {
        self.push(&format!("\x1b[{n}B"))
    }
    fn move_cursor_right(&self, n: usize) -> io::Result<()> {
        self.push(&format!("\x1b[{n}C"))
    }
    fn move_cursor_left(&self, n: usize) -> io::Result<()> {
        self.push(&format!("\x1b[{n}D"))
    }
    fn write_line(&self, s: &str) -> io::Result<()> {
        self.push(&format!("{s}\n"))
    }
    fn write_str(&self, s: &str) -> io::Result<()> {
        self.push(s)
    }
    fn clear_line(&self) -> io::Result<()> {
        self.push("\r\x1b[2K")
    }
    fn flush(&self) -> io::Result<()> {
        let frame = std::mem::take(&mut *self.frame.lock().unwrap_or_else(|p| p.into_inner()));
        if !frame.is_empty() {
            console::stderr(&frame);
        }
        Ok(())
    }
}

/// How progress is shown.
pub enum Progress {
    /// Nothing (`--quiet`).
    Quiet,
    /// A bar on a terminal.
    Bar(ProgressBar),
    /// A line every `every` steps (and after the last).
    Lines {
        /// Steps between lines.
        every: usize,
    },
}

impl Progress {
    /// The display for a run of `steps` steps starting after step `done`.
    pub fn new(quiet: bool, terminal: bool, every: usize, steps: usize, done: usize) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if !terminal {
            return Progress::Lines { every };
        }
        let target = ProgressDrawTarget::term_like(Box::new(OneWriteTerm::default()));
        let bar = ProgressBar::with_draw_target(Some(steps as u64), target);
        let style = ProgressStyle::with_template("{bar:30} step {pos}/{len} loss {msg} ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_position(done as u64);
        Progress::Bar(bar)
    }

    /// The callback the training loop calls after each step.
    pub fn callback(&self) -> Option<ProgressFn> {
        match self {
            Progress::Quiet => None,
            Progress::Bar(bar) => {
                let bar = bar.clone();
                Some(Arc::new(move |s: &StepReport| {
                    bar.set_message(format!("{:.5}  {:.1} images/s", s.loss, s.images_per_s));
                    bar.set_position(s.step as u64);
                }))
            }
            Progress::Lines { every } => {
                let every = *every;
                Some(Arc::new(move |s: &StepReport| {
                    if s.step % every == 0 || s.step == s.steps {
                        console::stderr(&line(s));
                    }
                }))
            }
        }
    }

    /// Ends the bar.
    pub fn finish(&self) {
        if let Progress::Bar(bar) = self {
            bar.finish();
        }
    }
}

/// One progress line.
fn line(s: &StepReport) -> String {
    format!(
        "step {}/{}: loss {:.6}, lr {:.6}, {:.1} images/s, {:.1} s\n",
        s.step,
        s.steps,
        s.loss,
        s.lr,
        s.images_per_s,
        s.elapsed.as_secs_f64()
    )
}
