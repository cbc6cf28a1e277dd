// Package protocol is the bottom of the dependency graph: the identifiers,
// wire messages and signed typed data that every other package of the
// network shares. It imports nothing of this module.
//
// Sub-packages own one concern each (for example typed data that the Aoraki
// contract checks, and versioned wire messages that ride on gossip and
// streams).
package protocol
