// Package market holds the versioned protobuf messages of the Aoraki market:
// quotes and their refusals, the task input blob, segment announcements,
// bids, awards, receipt delivery, attestation requests, attestations and
// node status (market.proto documents every field). Gossip messages travel
// inside protocol/wire envelopes, which carry the sender's signature.
//
// market.pb.go is generated (go generate); building needs no protoc.
package market
