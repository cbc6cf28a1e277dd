package network_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/network"
)

func sample() network.Network {
	return network.Network{
		ChainID: 1337, RPCURL: "ws://127.0.0.1:8546", Contract: common.HexToAddress("0x1234"), DeployBlock: 7,
		BootstrapPeers: []string{"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWExample"},
		ArtifactCIDs:   map[string]string{"dtree/pk": "bafkreiexample"},
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), network.FileName)
	n := sample()
	if err := n.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := network.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, n) {
		t.Fatalf("round trip: %+v != %+v", *got, n)
	}
	// Empty lists are written as [] and {}, and read back non-nil.
	n.BootstrapPeers, n.ArtifactCIDs = nil, nil
	if err := n.Save(path); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), `"bootstrap_peers": []`) || !strings.Contains(string(raw), `"artifact_cids": {}`) {
		t.Fatalf("file: %s", raw)
	}
	got, err = network.Load(path)
	if err != nil || got.BootstrapPeers == nil || got.ArtifactCIDs == nil {
		t.Fatalf("load: %+v, %v", got, err)
	}
}

func TestInvalid(t *testing.T) {
	for name, mutate := range map[string]func(*network.Network){
		"no chain id": func(n *network.Network) { n.ChainID = 0 },
		"no url":      func(n *network.Network) { n.RPCURL = "" },
		"bad scheme":  func(n *network.Network) { n.RPCURL = "ftp://x" },
		"no host":     func(n *network.Network) { n.RPCURL = "http://" },
		"no contract": func(n *network.Network) { n.Contract = common.Address{} },
		"empty peer":  func(n *network.Network) { n.BootstrapPeers = []string{""} },
		"empty cid":   func(n *network.Network) { n.ArtifactCIDs = map[string]string{"x": ""} },
	} {
		n := sample()
		mutate(&n)
		if err := n.Save(filepath.Join(t.TempDir(), "n.json")); !errors.Is(err, network.ErrInvalid) {
			t.Errorf("%s: got %v, want ErrInvalid", name, err)
		}
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"not json":      "{",
		"unknown field": `{"chain_id":1,"rpc_url":"http://h","contract":"0x0000000000000000000000000000000000000001","extra":1}`,
		"bad address":   `{"chain_id":1,"rpc_url":"http://h","contract":"0x12"}`,
		"invalid":       `{"chain_id":0,"rpc_url":"http://h","contract":"0x0000000000000000000000000000000000000001"}`,
	} {
		p := filepath.Join(dir, name+".json")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := network.Load(p); !errors.Is(err, network.ErrInvalid) {
			t.Errorf("%s: got %v, want ErrInvalid", name, err)
		}
	}
	if _, err := network.Load(filepath.Join(dir, "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	ipc := sample()
	ipc.RPCURL = "/tmp/geth.ipc"
	if err := ipc.Validate(); err != nil {
		t.Errorf("IPC path refused: %v", err)
	}
}

// TestParseBounded: a description from a peer is bounded, exact JSON and
// validated like a file.
func TestParseBounded(t *testing.T) {
	n := sample()
	good := `{"chain_id":1337,"rpc_url":"ws://127.0.0.1:8546","contract":"0x0000000000000000000000000000000000001234","deploy_block":7,"bootstrap_peers":[],"artifact_cids":{}}`
	got, err := network.Parse([]byte(good + "\n"))
	if err != nil || got.ChainID != n.ChainID || got.Contract != n.Contract {
		t.Fatalf("parse: %+v, %v", got, err)
	}
	for name, body := range map[string]string{
		"trailing data": good + `{"chain_id":1}`,
		"too large":     good + strings.Repeat(" ", network.MaxSize),
		"empty":         "",
		"invalid":       `{"chain_id":0,"rpc_url":"ws://h","contract":"0x0000000000000000000000000000000000001234"}`,
	} {
		if _, err := network.Parse([]byte(body)); !errors.Is(err, network.ErrInvalid) {
			t.Errorf("%s: got %v, want ErrInvalid", name, err)
		}
	}
}

func TestNameIsAValidNetworkName(t *testing.T) {
	n := &network.Network{ChainID: 1337, Contract: common.HexToAddress("0xABCDEF0123456789abcdef0123456789ABCDEF01")}
	if got := n.Name(); got != "aoraki-1337-abcdef01" {
		t.Fatalf("name %q", got)
	}
}
