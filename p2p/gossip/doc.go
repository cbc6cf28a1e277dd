// Package gossip runs the zkpool gossipsub router: versioned topics,
// application-signed envelopes, per-topic validator chains and peer scoring.
//
// Topics are named /zkpool/<network>/<name>/1. Every message is a
// wire.Envelope that the sender signs with its Ethereum key; the payload is
// one protobuf message of the topic's type. A later engineer adds a topic
// in a few lines:
//
//	bids, err := gossip.Join(r, gossip.Spec[*market.Bid]{
//		Name: "bids", MaxSize: 4 << 10, New: func() *market.Bid { return new(market.Bid) },
//		Check: func(ctx context.Context, m *gossip.Message[*market.Bid]) error {
//			if !knownTask(m.Payload.Task) { return gossip.ErrIgnore }
//			return nil
//		},
//	})
//	err = bids.Publish(ctx, bid)             // waits until the topic has peers
//	sub, _ := bids.Subscribe(); m, err := sub.Next(ctx)
//
// The validator chain of every topic, in order:
//
//  1. size: above the topic's MaxSize → Reject.
//  2. decode: not a canonical envelope, wrong topic or kind, undecodable
//     payload → Reject.
//  3. signature: does not recover to the stated sender → Reject.
//  4. freshness: signed more than MaxClockSkew in the future → Reject;
//     older than Freshness → Ignore while within StaleGrace after it (a slow
//     but honest path), Reject beyond (no honest peer forwards it: each
//     forwarder validated it while fresh, and the pubsub seen cache
//     outlives Freshness+StaleGrace, so a replay of old bytes lands here).
//  5. replay: (sender, nonce) seen before → Ignore.
//  6. the application's Check: nil → Accept, ErrReject → Reject, anything
//     else (ErrIgnore, unknown task...) → Ignore.
//
// Reject costs the forwarding peer score (invalid message deliveries are
// penalised quadratically); Ignore costs nothing. The message ID is the
// SHA-256 of topic and data, so one content has one ID whoever forwards it.
// Peer scoring is on, with gossip, publish and graylist thresholds; peers
// from whitelisted networks (loopback in local testnets) are exempt from
// the IP colocation penalty.
package gossip
