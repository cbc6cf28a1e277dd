// Package watcher delivers contract logs to a handler once they have a
// number of confirmations, exactly once per (transaction, log index) while
// the chain holds, and retracts them (Event.Removed) when a reorganisation
// takes them out of the canonical chain, after which the new chain's logs
// are delivered.
//
// Logs are read with eth_getLogs over bounded block ranges (pages), so the
// same code serves HTTP and WebSocket endpoints. On a WebSocket (or
// in-process) client a new-head subscription wakes the watcher as each block
// arrives; over HTTP, which cannot subscribe, it polls on an interval.
//
// Progress is a Position (the next log to deliver) saved through a Cursor the
// caller provides, after every delivered event, so a restarted watcher goes
// on where it stopped. To detect reorganisations the watcher remembers the
// hashes of the last ReorgWindow blocks it scanned; a reorganisation deeper
// than that, or one that happens while the watcher is stopped, cannot be
// retracted (raise Confirmations to make it unlikely).
package watcher
