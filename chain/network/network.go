package network

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// FileName is the usual name of the network file.
const FileName = "network.json"

// MaxSize bounds a network description (what Load and Parse read).
const MaxSize = 1 << 20

// Network describes a deployed network.
type Network struct {
	ChainID        uint64         `json:"chain_id"`
	RPCURL         string         `json:"rpc_url"`
	Contract       common.Address `json:"contract"`
	DeployBlock    uint64         `json:"deploy_block"`
	BootstrapPeers []string       `json:"bootstrap_peers"`
	// ReceiptVerifier is a ReceiptVerifier contract holding the network's
	// verifying keys: requesters may name it in their quotes so that the
	// proof itself is checked on chain (zero: none deployed).
	ReceiptVerifier common.Address    `json:"receipt_verifier,omitempty"`
	ArtifactCIDs    map[string]string `json:"artifact_cids"`
}

// Validate checks the fields.
func (n *Network) Validate() error {
	if n.ChainID == 0 {
		return fmt.Errorf("%w: chain_id missing", ErrInvalid)
	}
	u, err := url.Parse(n.RPCURL)
	if err != nil || n.RPCURL == "" {
		return fmt.Errorf("%w: rpc_url %q is not a URL", ErrInvalid, n.RPCURL)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
		if u.Host == "" {
			return fmt.Errorf("%w: rpc_url %q has no host", ErrInvalid, n.RPCURL)
		}
	case "", "ipc", "file":
		// An IPC path.
	default:
		return fmt.Errorf("%w: rpc_url scheme %q (want http, https, ws, wss or an IPC path)", ErrInvalid, u.Scheme)
	}
	if n.Contract == (common.Address{}) {
		return fmt.Errorf("%w: contract address missing", ErrInvalid)
	}
	for i, p := range n.BootstrapPeers {
		if p == "" {
			return fmt.Errorf("%w: bootstrap peer %d is empty", ErrInvalid, i)
		}
	}
	for name, c := range n.ArtifactCIDs {
		if name == "" || c == "" {
			return fmt.Errorf("%w: artifact CID entry %q=%q", ErrInvalid, name, c)
		}
	}
	return nil
}

// Load reads and validates a network file. Unknown fields are an error.
func Load(path string) (*Network, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	if st.Size() > MaxSize {
		return nil, fmt.Errorf("%w: %s is %d bytes (max %d)", ErrInvalid, path, st.Size(), MaxSize)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	n, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return n, nil
}

// Parse decodes and validates a network description (a network file's
// bytes, or a node's answer to a joining prover): at most MaxSize bytes,
// one JSON object, no unknown fields.
func Parse(b []byte) (*Network, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes (max %d)", ErrInvalid, len(b), MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var n Network
	if err := dec.Decode(&n); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the JSON object", ErrInvalid)
	}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	if n.BootstrapPeers == nil {
		n.BootstrapPeers = []string{}
	}
	if n.ArtifactCIDs == nil {
		n.ArtifactCIDs = map[string]string{}
	}
	return &n, nil
}

// Name is the name peers of n agree on (protocol IDs, topics): its chain
// id and the contract's first bytes.
func (n *Network) Name() string {
	return fmt.Sprintf("aoraki-%d-%s", n.ChainID, strings.ToLower(n.Contract.Hex()[2:10]))
}

// Save validates n and writes it atomically (temp file, rename).
func (n *Network) Save(path string) error {
	if err := n.Validate(); err != nil {
		return err
	}
	out := *n
	if out.BootstrapPeers == nil {
		out.BootstrapPeers = []string{}
	}
	if out.ArtifactCIDs == nil {
		out.ArtifactCIDs = map[string]string{}
	}
	data, err := json.MarshalIndent(&out, "", "  ")
	if err != nil {
		return fmt.Errorf("network: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".network-*.json")
	if err != nil {
		return fmt.Errorf("network: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("network: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("network: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("network: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("network: %w", err)
	}
	return nil
}
