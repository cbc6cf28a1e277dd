// Package wire holds the versioned protobuf messages that the p2p layer
// needs for itself, and the signing rules of the gossip envelope.
//
// An Envelope carries one application message (its payload, named by
// kind) on one gossip topic. The sender signs SigningHash — a Keccak-256
// over a fixed domain prefix and a length-prefixed encoding of every field
// but the signature — with its Ethereum (secp256k1) key, so the identity
// that the contract knows is the identity that speaks on gossip. The hash
// never depends on protobuf encoding details, and DecodeEnvelope accepts
// only the canonical encoding of a message, so one signed content has
// exactly one byte form: gossip message IDs derived from the bytes then
// identify the content.
//
// Status, BlobRequest and BlobHeader are the frames of the stream
// protocols (request/response and blob exchange).
//
// The Go code in wire.pb.go is generated from wire.proto by protoc-gen-go
// (go generate); building needs no protoc.
package wire
