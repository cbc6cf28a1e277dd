// Package node is the Aoraki node: it quotes prices, picks tasks up from the
// Aoraki contract, splits them into segments, runs the segment market on
// gossip, collects and verifies receipts, takes part in verifier consensus
// and submits results on chain. It wires the prover, p2p and chain packages
// together; those packages know nothing of it.
package node
