// Package stream provides the request/response discipline of zkpool stream
// protocols, and the framing they share with blob exchange.
//
// A protocol is named /zkpool/<name>/1.0.0. The client opens a stream,
// writes one length-delimited request (unsigned varint length, then the
// protobuf bytes), closes its write side and reads a Status frame; when the
// status is OK, one length-delimited response follows. The server sets a
// deadline on the whole exchange, reads with a size cap, Resets the stream
// on any protocol error (oversized or undecodable request, deadline) and
// Closes it after a complete answer. Every frame has a maximum size per
// protocol, checked before a byte of the body is read, so no peer can make
// the other allocate more than the cap.
//
// Streams over relayed (limited) connections are refused unless the Spec
// allows them: control messages may use relays, bulk data never does.
//
// Typed helpers: Handle registers a server for (Req, Resp) protobuf types
// in a few lines, Call makes one request.
package stream
