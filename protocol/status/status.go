// Package status is what a running process of the network says about
// itself: one type per role, written by the process and read by everyone
// else. An Aoraki node serves its Node at GET /v1/status and both a node
// and a prover daemon keep theirs in FileName in their data directory,
// rewritten every Interval while they run and removed when they stop; the
// CLIs ('zkpool-node status', 'zkpool-peer status') and the testnet
// ('zkpool testnet status', and its wait for a network to come up) read
// those files. A file older than Stale is a process that died without
// removing it.
//
// Amounts are decimal strings of wei; addresses are 0x hex.
package status

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// FileName is the status file in a running process's data directory.
const FileName = "status.json"

// Interval is how often a running process rewrites its status file; Stale
// is the age past which a status file no longer says the process runs.
const (
	Interval = time.Second
	Stale    = 10 * time.Second
)

// ErrStale reports a status file older than Stale.
var ErrStale = errors.New("status: stale (the process is not running)")

// Topic peer counts in Node.Peers: provers listening for segments, other
// nodes of the verifier set.
const (
	PeersProvers = "segments"
	PeersNodes   = "attest-req"
)

// Node is what an Aoraki node says about itself.
type Node struct {
	Address     string   `json:"address"`
	PeerID      string   `json:"peer_id"`
	ListenAddrs []string `json:"listen_addrs"`
	Network     string   `json:"network"`
	Contract    string   `json:"contract"`
	DeployBlock uint64   `json:"deploy_block"`
	// Tasks counts every task the node holds, OpenTasks those still in
	// progress, TaskStates each state's tasks.
	Tasks      int            `json:"tasks"`
	OpenTasks  int            `json:"open_tasks"`
	TaskStates map[string]int `json:"task_states"`
	// Peers counts, per gossip topic, the subscribed peers the node knows
	// (PeersProvers, PeersNodes, "bids", "attestations").
	Peers map[string]int `json:"peers"`
	// ClearingPrice is wei per million constraints.
	ClearingPrice string `json:"clearing_price_per_mconstraint"`
	// API is the HTTP API's base URL ("http://127.0.0.1:8645"), empty when
	// the node serves none.
	API string `json:"api,omitempty"`
	// PID is the node's process (0 when not known, as in the API).
	PID  int       `json:"pid,omitempty"`
	Time time.Time `json:"time"`
}

// Prover is what a prover daemon says about itself.
type Prover struct {
	PayoutAddress  string `json:"payout_address"`
	PeerID         string `json:"peer_id"`
	ConnectedPeers int    `json:"connected_peers"`
	Bids           int64  `json:"bids"`
	Awards         int64  `json:"awards"`
	Proven         int64  `json:"segments_proven"`
	Delivered      int64  `json:"delivered"`
	Failed         int64  `json:"failed"`
	// Ignored counts announcements and awards not from the task's node,
	// or naming untrusted artifacts.
	Ignored int64     `json:"ignored_untrusted"`
	Queued  int       `json:"queued"`
	Earned  string    `json:"earned_wei"`
	PID     int       `json:"pid,omitempty"`
	Time    time.Time `json:"time"`
}

// Write writes v (a Node or a Prover) as dir's status file, atomically.
func Write(dir string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(dir, FileName)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Remove deletes dir's status file (a process that stops).
func Remove(dir string) error {
	err := os.Remove(filepath.Join(dir, FileName))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// ReadNode reads dir's node status file; a file older than Stale is
// ErrStale (the status is returned all the same).
func ReadNode(dir string) (*Node, error) {
	var n Node
	if err := read(dir, &n); err != nil {
		return nil, err
	}
	return &n, fresh(n.Time)
}

// ReadProver reads dir's prover status file; a file older than Stale is
// ErrStale (the status is returned all the same).
func ReadProver(dir string) (*Prover, error) {
	var p Prover
	if err := read(dir, &p); err != nil {
		return nil, err
	}
	return &p, fresh(p.Time)
}

func read(dir string, v any) error {
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("status: %s: %w", filepath.Join(dir, FileName), err)
	}
	return nil
}

func fresh(t time.Time) error {
	if time.Since(t) > Stale {
		return fmt.Errorf("%w: written %s", ErrStale, t.Format(time.RFC3339))
	}
	return nil
}
