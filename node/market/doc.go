// Package market runs the Aoraki node's segment market (DESIGN.md §6): it
// announces segments with a maximum price, collects bids for a bid window,
// awards each segment to the best eligible bid, checks the receipt that
// comes back, and handles every timeout — no bids (re-announce with a
// higher maximum, never above the segment's share of the quote), a missed
// proving deadline (next bidder, else re-announce), an invalid receipt
// (reputation penalty, ban, next bidder).
//
// Every transition is one store transaction; messages are published after
// it commits. A segment is proven by exactly one verified receipt, so it is
// paid exactly once, to the prover that holds its award. The market keeps
// no state outside the store: a node that restarts builds a new Market on
// the same store and continues (awards in flight keep their deadlines; a
// deadline of an award made before the restart costs its prover the
// segment but is not counted against it, as the node may have been down
// when the receipt came).
//
// An attempt that closes without a single bid doubles the next attempt's
// bid window, up to MaxBidWindow, and the first attempt with a bid resets
// it: where announcements and bids take longer than a window to cross the
// mesh (slow or lossy links: the chaos suite's latency-loss-high, 200 ms
// ± 50 ms a packet and 5 % lost, had every bid arrive 2 s after its
// announcement and re-announced each segment 300 times without an award
// until the window grew), bids land in a later attempt instead of
// always missing theirs; on fast links attempts with bids keep BidWindow.
//
// The node drives it: AnnounceSegment when a segment's witness is stored,
// HandleBid and HandleReceipt from the network, Tick from a timer.
//
// # Queues and awards
//
// A prover proves Capacity segments at once and may hold Queue more,
// awarded and waiting; it bids while busy, promising a start (when its
// current work ends) and a delivery (the start plus the proof). The node
// schedules each bid by its own books: the bid's promise, counted after the
// awards the prover holds here (its Capacity proofs at once, the rest in
// award order), and no faster than the throughput the node measured from
// the prover's own receipts (constraints over the time from award, or from
// its previous receipt, to delivery; the first receipt, which carries
// fetching and loading the proving key, is not counted). That is the bid's
// due time. A bid is eligible only if its due time falls within the
// segment's proving time, so capacity and queue are clamped by measured
// throughput, not by what a prover declares. Among eligible bids the
// cheapest due within Patience of the earliest due wins (then the earliest
// due, then the first bid): a free prover takes a segment before a queued
// one unless the queued one is cheaper and not much later. Not much later
// is relative too: at most PatienceShare of the earliest bid's time to
// delivery, so short proofs are not stacked on one cheap prover.
//
// When no bid is eligible but a bidder is only busy (it holds awards here,
// each within its deadline), the segment waits for it in the same attempt
// instead of being announced again: the valid receipt that frees a slot
// awards it at once (HandleReceipt). It is announced again once no bidder
// may take it (each banned, excluded, or holding nothing here), so a
// waiting segment waits at most until the busy bidders' deadlines.
//
// # Strangers
//
// Identities are free, so the market trusts a prover only as far as it has
// delivered to this node. A newcomer is a prover with no valid receipt
// delivered here (store.Prover.Proven == 0); a prover with a record has one.
//
//   - Floor: a bid below MinPricePerMConstraint × constraints / 1e6 is
//     refused (no 0-wei bids), as is a promise beyond the proving time.
//   - Capacity: a prover holds at most min(declared capacity + queue,
//     1 + receipts delivered) unproven awards, so a newcomer holds one at
//     a time and queues nothing.
//   - Leash: an award to a newcomer is due within
//     L = min(ProvingTime, 2 × its promise + NewcomerGrace); a prover with a
//     record gets the full ProvingTime.
//   - Promise: a newcomer wins only if it promises no more than the
//     reference — the time to delivery of the fallback (the prover with a
//     record and a free slot that would win among those) if there is one,
//     else the fastest promise among the attempt's bidders. So it displaces
//     a prover with a record only by being cheaper and no slower, and its
//     leash is set by what honest bidders promise, not by what it claims.
//   - Once a newcomer failed a segment, no newcomer wins that segment in an
//     attempt that a prover with a record (not banned, not excluded) bid in.
//   - Bans: a newcomer is banned for BanFor at its first failure (missed
//     deadline or invalid receipt); a prover with a record after BanAfter
//     missed deadlines or BanAfter invalid receipts (counted apart).
//   - An attempt keeps at most MaxNewcomerBids newcomers' bids.
//
// What N silent identities (they bid the floor, win, never deliver) can
// cost a segment, with τ the Tick period and L(P) = min(ProvingTime,
// 2P + NewcomerGrace):
//
//   - If a prover with a record and a free slot bids with promise P, the
//     segment goes to a prover with a record at most BidWindow + L(P) + 2τ
//     after it was announced, whatever N and whatever they promise: at most
//     one of them holds it, once, and the next bidder of the same attempt
//     takes over at its deadline without a new bid window.
//   - With no prover with a record, each identity stalls at most one award
//     in total (one award at a time, banned at its first miss), for at most
//     L(R), R the fastest promise among that attempt's bidders: L(P) while
//     an honest newcomer promising P bids. So N identities stall at most N
//     awards in all, and a segment that k of them bid on (holding nothing
//     else) reaches the honest newcomer within BidWindow + τ + k × (L(P) +
//     τ), the identities tried one after another in one attempt. This grows
//     with k: only a record, which costs one real, verified proof, makes the
//     delay independent of N.
//
// A segment that waits for a busy bidder does not change these bounds: a
// silent identity holds one award, so it makes other segments wait only
// while it holds that award, within its leash, at the end of which it is
// banned and no longer waited for; a prover with a record and a free slot
// is eligible at once, so nothing waits while it bids.
//
// With the defaults (bid window 0.5 s, proving base 20 s, grace 5 s, τ 50 ms)
// and a 4,603-constraint segment (Iris, 32 samples) promised in 0.2 s,
// L = 5.4 s: the first case costs at most 6.0 s; the second
// 0.55 s + k × 5.45 s (164 s for k = 30). Before these rules, 30 identities in turn held every segment for a
// full proving time: 30 × 20.2 s, past the 10-minute default deadline.
// TestSilentSybilsCostBoundedDelay and TestSilentSybilsOnlyNewcomers
// perform both attacks and check both bounds.
package market
