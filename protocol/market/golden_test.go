package market

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/protocol/wire"
)

var update = flag.Bool("update", false, "rewrite testdata/market_golden.json")

// goldenMessages is one fixed message of every kind that travels signed.
func goldenMessages() map[string]proto.Message {
	b := func(n int, v byte) []byte {
		out := make([]byte, n)
		for i := range out {
			out[i] = v
		}
		return out
	}
	return map[string]proto.Message{
		"segments": &SegmentAnnouncement{TaskId: b(32, 1), Index: 3, Attempt: 2, ProgramId: b(32, 2), StateIn: b(32, 3),
			StateOut: b(32, 4), InputIn: b(32, 18), InputOut: b(32, 19), WitnessCid: b(36, 5), WitnessSize: 45_000, Constraints: 5184, MaxPrice: []byte{0x02, 0x54, 0x0b, 0xe4, 0x00},
			BidDeadline: 1_700_000_000_000, ProvingTime: 20_000, NodePeer: b(38, 6), Segments: 5,
			Artifacts: &Artifacts{Family: "dtree/v1/d6-n32-f4-s32", Ccs: b(36, 7), Pk: b(36, 8), Vk: b(36, 9)}},
		"bids":         &Bid{TaskId: b(32, 1), Index: 3, Attempt: 2, Price: []byte{0x01, 0x00}, PromisedTime: 400, ProverPeer: b(38, 10), Capacity: 2, Queued: 1},
		"awards":       &Award{TaskId: b(32, 1), Index: 3, Attempt: 2, Prover: b(20, 11), Price: []byte{0x01, 0x00}, Deadline: 1_700_000_020_000},
		"attest-req":   &AttestationRequest{TaskId: b(32, 1), ResultDigest: b(32, 12), ReceiptCid: b(36, 13), InputCid: b(36, 14), Payouts: []*Payout{{To: b(20, 11), Amount: []byte{0x01, 0x00}}}, PayoutsHash: b(32, 15), Predictions: []int32{0, 1, 2}, NodePeer: b(38, 6)},
		"attestations": &Attestation{TaskId: b(32, 1), ResultDigest: b(32, 12), ReceiptDigest: b(32, 16), PayoutsHash: b(32, 15), Signature: b(65, 17)},
	}
}

type goldenVector struct {
	Topic       string `json:"topic"`
	Payload     string `json:"payload"`
	SigningHash string `json:"signing_hash"`
	Signature   string `json:"signature"`
	Envelope    string `json:"envelope"`
}

// TestGoldenSignedEncodings pins the canonical bytes of every market
// message and of its signed envelope: a change here breaks every peer, so
// regenerate with -update only on purpose (and bump the topic version).
func TestGoldenSignedEncodings(t *testing.T) {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("zkpool market golden key")))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]goldenVector{}
	for topic, m := range goldenMessages() {
		payload, err := wire.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		env := &wire.Envelope{Version: wire.Version, Topic: "/zkpool/devnet/" + topic + "/1", Sender: crypto.PubkeyToAddress(key.PublicKey).Bytes(),
			TimestampMs: 1_700_000_000_000, Nonce: []byte("goldnonc"), Kind: string(proto.MessageName(m)), Payload: payload}
		if err := wire.Seal(env, key); err != nil {
			t.Fatal(err)
		}
		h, err := wire.SigningHash(env)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := wire.Marshal(env)
		if err != nil {
			t.Fatal(err)
		}
		if signer, err := wire.Open(env); err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatalf("%s: signature does not open: %v", topic, err)
		}
		// The payload decodes back to the same message.
		back := m.ProtoReflect().New().Interface()
		if err := wire.Unmarshal(payload, back); err != nil || !proto.Equal(back, m) {
			t.Fatalf("%s: payload does not round-trip: %v", topic, err)
		}
		got[topic] = goldenVector{Topic: env.Topic, Payload: hex.EncodeToString(payload), SigningHash: hex.EncodeToString(h[:]),
			Signature: hex.EncodeToString(env.Signature), Envelope: hex.EncodeToString(enc)}
	}
	path := "testdata/market_golden.json"
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	var want map[string]goldenVector
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d golden vectors, %d messages", len(want), len(got))
	}
	for topic, w := range want {
		if got[topic] != w {
			t.Errorf("%s: encoding changed:\n got %+v\nwant %+v", topic, got[topic], w)
		}
	}
}
