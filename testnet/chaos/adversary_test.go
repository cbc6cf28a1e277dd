package chaos

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	"github.com/zkpool/aoraki/testnet"
)

// TestSealAs: a sybil's bid, re-signed from an envelope another key
// sealed, opens as the sybil's address with the payload intact.
func TestSealAs(t *testing.T) {
	a, _ := crypto.GenerateKey()
	b, _ := crypto.GenerateKey()
	body, err := wire.Marshal(&pb.Bid{TaskId: make([]byte, 32), Index: 3, Price: []byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	env := &wire.Envelope{Version: wire.Version, Topic: "bids", TimestampMs: 1, Nonce: make([]byte, 16), Kind: "bid", Payload: body}
	if err := wire.Seal(env, a); err != nil {
		t.Fatal(err)
	}
	sealed, err := wire.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	out, err := sealAs(b, sealed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := wire.DecodeEnvelope(out)
	if err != nil {
		t.Fatal(err)
	}
	who, err := wire.Open(got)
	if err != nil || who != crypto.PubkeyToAddress(b.PublicKey) {
		t.Fatalf("re-sealed envelope opens as %s, %v; want the sybil %s", who, err, crypto.PubkeyToAddress(b.PublicKey))
	}
	var bid pb.Bid
	if err := wire.Unmarshal(got.Payload, &bid); err != nil || bid.Index != 3 {
		t.Fatalf("payload %v, %v", &bid, err)
	}
}

// TestProcAddr reads a process's libp2p address from its host's start
// line, the latest one after a restart.
func TestProcAddr(t *testing.T) {
	dir := t.TempDir()
	log := `time=x level=INFO msg="p2p host started" sub=host peer=12D3KooWAsnc33e15zHTXCEP8zxjvgw6JFLsPsXMddVLvNm5YmhY role=prover network=n addrs="[/ip4/127.0.0.1/tcp/1 /ip4/127.0.0.1/udp/2/quic-v1]"
time=y level=INFO msg="p2p host started" sub=host peer=12D3KooWAsnc33e15zHTXCEP8zxjvgw6JFLsPsXMddVLvNm5YmhY role=prover network=n addrs="[/ip4/127.0.0.1/tcp/44139 /ip4/127.0.0.1/udp/56900/quic-v1]"
`
	if err := os.WriteFile(filepath.Join(dir, testnet.LogFile), []byte(log), 0o600); err != nil {
		t.Fatal(err)
	}
	tn := testnetWith(t, &testnet.Proc{Name: "prover1", Role: "prover", Dir: dir})
	ai, err := procAddr(&Run{Net: tn}, "prover1")
	if err != nil {
		t.Fatal(err)
	}
	if ai.ID.String() != "12D3KooWAsnc33e15zHTXCEP8zxjvgw6JFLsPsXMddVLvNm5YmhY" || len(ai.Addrs) != 2 || ai.Addrs[0].String() != "/ip4/127.0.0.1/tcp/44139" {
		t.Fatalf("address %v", ai)
	}
}

// testnetWith opens a testnet directory whose state lists procs.
func testnetWith(t *testing.T, procs ...*testnet.Proc) *testnet.Testnet {
	t.Helper()
	dir := t.TempDir()
	b, err := json.Marshal(testnet.State{Version: 1, Procs: procs})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, testnet.StateFile), b, 0o600); err != nil {
		t.Fatal(err)
	}
	tn, err := testnet.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tn
}
