package node_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/prover/hashchain"
)

// A node configured with an API address serves it as one of its services,
// and keeps its status file while it runs; Close stops both (and the
// harness checks that no goroutine is left).
func TestNodeRunsItsAPIAndStatusFile(t *testing.T) {
	tn := nodetest.New(t)
	tn.Trust(hashchain.Shape{Steps: 4})
	tn.AddNodes(1, func(c *node.Config) { c.API.Addr, c.StatusFile = "127.0.0.1:0", true })
	nd, dir := tn.Nodes[0], tn.NodeConfigs[0].DataDir
	addr := nd.APIAddr()
	if addr == "" {
		t.Fatal("no API address")
	}
	resp, err := http.Get("http://" + addr + "/v1/status")
	if err != nil {
		t.Fatal(err)
	}
	var api status.Node
	err = json.NewDecoder(resp.Body).Decode(&api)
	resp.Body.Close()
	if err != nil || api.Address != nd.Address().Hex() || api.API != "http://"+addr {
		t.Fatalf("GET /v1/status: %+v, %v", api, err)
	}
	file, err := status.ReadNode(dir)
	if err != nil || file.Address != api.Address || file.PID != os.Getpid() || file.PeerID != nd.PeerInfo().ID.String() {
		t.Fatalf("status file %+v, %v", file, err)
	}
	if err := nd.Close(); err != nil {
		t.Fatal(err)
	}
	if err := nd.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, status.FileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("status file after Close: %v", err)
	}
	if c, err := net.Dial("tcp", addr); err == nil {
		c.Close()
		t.Fatal("the API still answers after Close")
	}
}

// A service that fails to start stops the ones started before it: a node
// whose API address is taken fails Start naming the API, releases its
// data directory (another node opens it) and leaves no goroutine.
func TestNodeStartRollsBack(t *testing.T) {
	tn := nodetest.New(t)
	tn.Trust(hashchain.Shape{Steps: 4})
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	cfg := tn.NodeConfig(0)
	cfg.API.Addr = taken.Addr().String()
	nd, err := node.New(cfg, tn.Eth, devchain.DevKey(nodetest.KeyFirstNode), tn.Logger("node"))
	if err != nil {
		t.Fatal(err)
	}
	err = nd.Start(context.Background())
	var se *service.StartError
	if !errors.As(err, &se) || se.Service != "api" {
		t.Fatalf("start with the API's address taken: %v", err)
	}
	if err := nd.Close(); err != nil {
		t.Fatalf("close after a failed start: %v", err)
	}
	cfg.API.Addr = ""
	tn.StartNode(cfg, nodetest.KeyFirstNode) // the same data dir, free again
}
