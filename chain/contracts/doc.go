// Package contracts holds the Aoraki contract: its Solidity source (src/), the
// artifacts compiled by the pinned solc (build/), the abigen v2 Go bindings
// (aoraki.go, generated) and the decoding of its custom errors into Go errors.
// Package testcontracts holds bindings for small contracts used only by tests.
package contracts
