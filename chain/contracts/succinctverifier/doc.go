// Package succinctverifier is the generated binding of the on-chain
// succinct receipt verifier (../src/SuccinctVerifier.sol), in a package of
// its own because it redeclares the TaskQuote struct that the
// ReceiptVerifier binding also declares. node/receiptverifier drives it.
package succinctverifier
