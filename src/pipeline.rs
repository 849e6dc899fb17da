//! Ordered parallel pipelines on the rayon pool: one thread produces work items in order (reading and
//! splitting a stream, or collecting records a source emits), any thread of the pool maps them, and
//! the producer hands the results on **in production order**.
//!
//! Why this shape: an export is read by one thread (a single `tweets.js` or a single chat is one
//! stream), so without help the largest file of a run sets its length and a second core sits idle.
//! Inflating and splitting a stream is cheap and inherently serial; parsing, building records and
//! running rules is most of the work and is independent per item. So the producer stays serial,
//! the expensive part fans out, and because results are consumed in order everything downstream sees
//! exactly what a one-thread run sees: the thread count changes how fast, never what.
//!
//! At most [`in_flight_limit`] items are in flight, so memory stays bounded however fast the
//! producer is. While it waits, the producer runs pending pool work itself (`rayon_core::yield_now`),
//! so with one thread the pipeline simply runs item by item, and it never blocks a thread that the
//! pending work needs.

use rayon_core::Yield;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

/// How many items may be mapped or waiting to be consumed at once.
pub fn in_flight_limit() -> u64 {
    2 * rayon::current_num_threads() as u64 + 2
}

type Outcome<O> = thread::Result<O>;

struct Shared<O> {
    done: Mutex<BTreeMap<u64, Outcome<O>>>,
    ready: Condvar,
}

impl<O> Shared<O> {
    fn lock(&self) -> MutexGuard<'_, BTreeMap<u64, Outcome<O>>> {
        // A panicking map closure is caught before it touches the lock, so poisoning cannot happen;
        // recover the guard anyway rather than add a panic path.
        self.done.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Run `drive`, which pushes items in order; map every item with `map` on the pool and pass the
/// results to `consume` on this thread, in the order the items were pushed. Returns what `drive`
/// returns, after every item has been consumed.
///
/// With a one-thread pool (`--jobs 1`) items are mapped and consumed inline, one at a time.
/// A panic in `map` is re-raised here, on the consuming thread.
pub fn ordered<I, O, R>(
    map: impl Fn(I) -> O + Sync,
    mut consume: impl FnMut(O),
    drive: impl FnOnce(&mut dyn FnMut(I)) -> R,
) -> R
where
    I: Send,
    O: Send,
{
    if rayon::current_num_threads() <= 1 {
        return drive(&mut |item| consume(map(item)));
    }
    let shared = Shared {
        done: Mutex::new(BTreeMap::new()),
        ready: Condvar::new(),
    };
    let limit = in_flight_limit();
    let (map, shared) = (&map, &shared);
    rayon::in_place_scope(|scope| {
        let mut pushed = 0u64;
        let mut consumed = 0u64;
        let mut drain = |consumed: &mut u64| loop {
            let next = shared.lock().remove(consumed);
            match next {
                Some(Ok(o)) => {
                    *consumed += 1;
                    consume(o);
                }
                Some(Err(p)) => panic::resume_unwind(p),
                None => break,
            }
        };
        let result = {
            let mut push = |item: I| {
                let seq = pushed;
                pushed += 1;
                scope.spawn(move |_| {
                    let out = panic::catch_unwind(AssertUnwindSafe(|| map(item)));
                    shared.lock().insert(seq, out);
                    shared.ready.notify_all();
                });
                drain(&mut consumed);
                while pushed - consumed >= limit {
                    wait_for(shared, consumed);
                    drain(&mut consumed);
                }
            };
            drive(&mut push)
        };
        while consumed < pushed {
            wait_for(shared, consumed);
            drain(&mut consumed);
        }
        result
    })
}

/// Wait until item `seq` is done, running other pool work meanwhile.
fn wait_for<O>(shared: &Shared<O>, seq: u64) {
    loop {
        if shared.lock().contains_key(&seq) {
            return;
        }
        match rayon_core::yield_now() {
            Some(Yield::Executed) => continue,
            Some(Yield::Idle) | None => {
                // Nothing to run here: the item is being mapped on another thread.
                let guard = shared.lock();
                if guard.contains_key(&seq) {
                    return;
                }
                // The timeout only guards against a notification racing the check above.
                let _ = shared.ready.wait_timeout(guard, Duration::from_millis(2));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(jobs: usize, n: u64) -> Vec<u64> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .unwrap();
        pool.install(|| {
            let mut out = Vec::new();
            let produced = ordered(
                |x: u64| {
                    // Uneven work so results complete out of order.
                    let spin = (x * 7919) % 5000;
                    (0..spin).fold(x, |a, b| a.wrapping_add(b)) - (0..spin).sum::<u64>()
                },
                |y| out.push(y),
                |push| {
                    for x in 0..n {
                        push(x);
                    }
                    n
                },
            );
            assert_eq!(produced, n);
            out
        })
    }

    #[test]
    fn results_come_back_in_push_order_for_any_thread_count() {
        let want: Vec<u64> = (0..500).collect();
        assert_eq!(run(1, 500), want);
        assert_eq!(run(2, 500), want);
        assert_eq!(run(4, 500), want);
    }

    #[test]
    fn a_panic_in_map_reaches_the_caller() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let r = std::panic::catch_unwind(AssertUnwindSafe(|| {
            pool.install(|| {
                ordered(
                    |x: u32| if x == 3 { panic!("boom") } else { x },
                    |_| {},
                    |push| (0..10).for_each(push),
                )
            })
        }));
        assert!(r.is_err());
    }
}
