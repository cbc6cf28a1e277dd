package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/protocol/status"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const statusExamples = `  zkpool-node status
  zkpool-node status --datadir n1 --json

A running node also shows its API (JSON "api": the base URL, such as
http://127.0.0.1:8645, absent when api_listen is "").`

// nodeReport is what 'zkpool-node status' prints (--json: as is).
type nodeReport struct {
	Account  string         `json:"account"`
	Running  bool           `json:"running"`
	PeerID   string         `json:"peer_id,omitempty"`
	Peers    map[string]int `json:"peers,omitempty"`
	API      string         `json:"api,omitempty"`
	Tasks    map[string]int `json:"tasks"`
	Stake    string         `json:"stake_wei"`
	Balance  string         `json:"balance_wei"`
	Status   string         `json:"chain_status"`
	Contract string         `json:"contract"`
}

func runStatus(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("status", "[--datadir D] [--network FILE] [--json]", statusExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-node"), "data directory of the node")
	netFile := fs.String("network", "", "network file (default: the config's, else DATADIR/network.json)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	cfg, err := loadNodeConfig(*dataDir)
	if err != nil {
		return err
	}
	n, err := loadNetwork(*netFile, cfg.NetworkFile, *dataDir)
	if err != nil {
		return err
	}
	out := nodeReport{Account: cfg.Account, Contract: n.Contract.Hex(), Tasks: map[string]int{}}
	if err := out.readLocal(*dataDir); err != nil {
		return err
	}
	if err := out.readChain(n, common.HexToAddress(cfg.Account)); err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	out.print(stdout)
	return nil
}

// readLocal reads a running node's status file; a stopped node's store
// (a running node keeps it locked) counts its tasks.
func (out *nodeReport) readLocal(dataDir string) error {
	if s, err := status.ReadNode(dataDir); err == nil {
		out.Running, out.PeerID, out.Peers, out.Tasks, out.API = true, s.PeerID, s.Peers, s.TaskStates, s.API
		return nil
	}
	if _, err := os.Stat(filepath.Join(dataDir, "node.db")); err != nil {
		return nil
	}
	st, err := store.Open(filepath.Join(dataDir, "node.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	return st.View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		for _, t := range ts {
			out.Tasks[string(t.State)]++
		}
		return err
	})
}

// readChain reads the node's registration and balance from the contract.
func (out *nodeReport) readChain(n *chainnet.Network, addr common.Address) error {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	eth, err := chain.Dial(ctx, n.RPCURL)
	if err != nil {
		return fmt.Errorf("chain at %s: %w", n.RPCURL, err)
	}
	defer eth.Close()
	id, err := eth.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain at %s: %w (is it running?)", n.RPCURL, err)
	}
	c, err := aoraki.New(eth, nil, n.Contract, id)
	if err != nil {
		return err
	}
	rec, err := c.Node(ctx, addr)
	if err != nil {
		return err
	}
	bal, err := c.Balance(ctx, addr)
	if err != nil {
		return err
	}
	out.Stake, out.Balance, out.Status = rec.Stake.String(), bal.String(), fmt.Sprint(rec.Status)
	return nil
}

func (out *nodeReport) print(stdout io.Writer) {
	fmt.Fprintf(stdout, "account   %s\nrunning   %v\n", out.Account, out.Running)
	if out.Running {
		fmt.Fprintf(stdout, "peer id   %s\npeers     provers %d, nodes %d\n", out.PeerID, out.Peers[status.PeersProvers], out.Peers[status.PeersNodes])
		if out.API != "" {
			fmt.Fprintf(stdout, "api       %s/v1/status\ndashboard %s/\n", out.API, out.API)
		}
	}
	var states []string
	for k := range out.Tasks {
		states = append(states, k)
	}
	sort.Strings(states)
	fmt.Fprint(stdout, "tasks    ")
	if len(states) == 0 {
		fmt.Fprint(stdout, " none")
	}
	for _, k := range states {
		fmt.Fprintf(stdout, " %s %d", k, out.Tasks[k])
	}
	fmt.Fprintf(stdout, "\nstake     %s wei (%s)\nbalance   %s wei (withdrawable)\n", out.Stake, out.Status, out.Balance)
}
