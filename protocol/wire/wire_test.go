package wire

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/protobuf/encoding/protowire"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// goldenKey is a fixed test key: keccak256("zkpool wire golden key").
func goldenKey(t testing.TB) []byte {
	return crypto.Keccak256([]byte("zkpool wire golden key"))
}

func goldenEnvelopes() []*Envelope {
	return []*Envelope{
		{Version: 1, Topic: "/zkpool/devnet/segments/1", TimestampMs: 1764000000000,
			Nonce: []byte{1, 2, 3, 4, 5, 6, 7, 8}, Kind: "zkpool.test.Announcement", Payload: []byte("hello segment")},
		{Version: 1, Topic: "/zkpool/mainnet/status/1", TimestampMs: 1,
			Nonce: bytes.Repeat([]byte{0xff}, 32), Kind: "k", Payload: nil},
	}
}

type golden struct {
	Name        string `json:"name"`
	SigningHash string `json:"signing_hash"`
	Signature   string `json:"signature"`
	Encoded     string `json:"encoded"`
	Sender      string `json:"sender"`
}

// TestGoldenVectors pins the signed encoding: the signing hash, the
// (deterministic, RFC 6979) signature and the canonical bytes. A change
// here breaks every peer on the network; regenerate with -update only on
// purpose, together with a version bump.
func TestGoldenVectors(t *testing.T) {
	key, err := crypto.ToECDSA(goldenKey(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []golden
	for i, e := range goldenEnvelopes() {
		if err := Seal(e, key); err != nil {
			t.Fatal(err)
		}
		h, err := SigningHash(e)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, golden{
			Name: e.Topic + "#" + string(rune('0'+i)), SigningHash: hex.EncodeToString(h[:]),
			Signature: hex.EncodeToString(e.Signature), Encoded: hex.EncodeToString(enc),
			Sender: crypto.PubkeyToAddress(key.PublicKey).Hex(),
		})
		dec, err := DecodeEnvelope(enc)
		if err != nil {
			t.Fatalf("decode own encoding: %v", err)
		}
		if addr, err := Open(dec); err != nil || addr != crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatalf("open: %v %s", err, addr)
		}
	}
	path := filepath.Join("testdata", "envelope_golden.json")
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []golden
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("golden has %d vectors, computed %d", len(want), len(got))
	}
	for i := range want {
		if want[i] != got[i] {
			t.Errorf("vector %d differs:\n got  %+v\n want %+v", i, got[i], want[i])
		}
	}
}

func sealed(t *testing.T) (*Envelope, []byte) {
	t.Helper()
	key, _ := crypto.ToECDSA(goldenKey(t))
	e := goldenEnvelopes()[0]
	if err := Seal(e, key); err != nil {
		t.Fatal(err)
	}
	return e, e.Signature
}

func TestOpenRefusesTampering(t *testing.T) {
	other, _ := crypto.GenerateKey()
	cases := []struct {
		name   string
		mutate func(e *Envelope)
		want   error
	}{
		{"payload", func(e *Envelope) { e.Payload = []byte("hello segmenT") }, ErrSignature},
		{"topic", func(e *Envelope) { e.Topic = "/zkpool/devnet/bids/1" }, ErrSignature},
		{"timestamp", func(e *Envelope) { e.TimestampMs++ }, ErrSignature},
		{"nonce", func(e *Envelope) { e.Nonce[0] ^= 1 }, ErrSignature},
		{"kind", func(e *Envelope) { e.Kind = "x" }, ErrSignature},
		{"sender", func(e *Envelope) { e.Sender = crypto.PubkeyToAddress(other.PublicKey).Bytes() }, ErrSignature},
		{"short signature", func(e *Envelope) { e.Signature = e.Signature[:64] }, ErrSignature},
		{"bad v", func(e *Envelope) { e.Signature[64] = 27 }, ErrSignature},
		{"high s", func(e *Envelope) {
			s := new(big.Int).SetBytes(e.Signature[32:64])
			s.Sub(crypto.S256().Params().N, s)
			copy(e.Signature[32:64], s.FillBytes(make([]byte, 32)))
			e.Signature[64] ^= 1
		}, ErrSignature},
		{"version", func(e *Envelope) { e.Version = 2 }, ErrVersion},
		{"empty topic", func(e *Envelope) { e.Topic = "" }, ErrField},
		{"long topic", func(e *Envelope) { e.Topic = string(make([]byte, MaxTopicLen+1)) }, ErrField},
		{"short sender", func(e *Envelope) { e.Sender = e.Sender[:19] }, ErrField},
		{"zero time", func(e *Envelope) { e.TimestampMs = 0 }, ErrField},
		{"short nonce", func(e *Envelope) { e.Nonce = e.Nonce[:7] }, ErrField},
		{"long nonce", func(e *Envelope) { e.Nonce = make([]byte, MaxNonce+1) }, ErrField},
		{"empty kind", func(e *Envelope) { e.Kind = "" }, ErrField},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, _ := sealed(t)
			c.mutate(e)
			if _, err := Open(e); !errors.Is(err, c.want) {
				t.Fatalf("Open = %v, want %v", err, c.want)
			}
		})
	}
	if _, err := Open(nil); !errors.Is(err, ErrField) {
		t.Fatalf("Open(nil) = %v", err)
	}
	if err := Seal(&Envelope{}, nil); !errors.Is(err, ErrField) {
		t.Fatalf("Seal(nil key) = %v", err)
	}
}

func TestDecodeRefusesNonCanonical(t *testing.T) {
	e, _ := sealed(t)
	enc, err := Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	unknown := protowire.AppendTag(append([]byte{}, enc...), 99, protowire.VarintType)
	unknown = protowire.AppendVarint(unknown, 1)
	// field 1 (version) written again at the end: valid protobuf, not canonical.
	dup := protowire.AppendVarint(protowire.AppendTag(append([]byte{}, enc...), 1, protowire.VarintType), 1)
	// version with a non-minimal varint (0x81 0x00 == 1).
	nonMin := append([]byte{0x08, 0x81, 0x00}, enc[2:]...)
	cases := map[string][]byte{
		"unknown field": unknown, "repeated field": dup, "non-minimal varint": nonMin,
		"truncated": enc[:len(enc)-3], "garbage": {0xff, 0xff, 0xff}, "empty": {},
	}
	for name, b := range cases {
		if _, err := DecodeEnvelope(b); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	if _, err := DecodeEnvelope(enc); err != nil {
		t.Fatalf("canonical refused: %v", err)
	}
}

func TestStatusAndBlobFramesRoundTrip(t *testing.T) {
	st := &Status{Code: Status_NOT_FOUND, Message: "no such blob"}
	b, err := Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var st2 Status
	if err := Unmarshal(b, &st2); err != nil || st2.Code != Status_NOT_FOUND || st2.Message != "no such blob" {
		t.Fatalf("status round trip: %v %v", err, &st2)
	}
	var req BlobRequest
	if err := Unmarshal([]byte{0x0a, 0x05, 1}, &req); !errors.Is(err, ErrMalformed) {
		t.Fatalf("truncated blob request: %v", err)
	}
}
