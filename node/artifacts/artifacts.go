// Package artifacts is a network's circuit artifacts: a network file names
// each trusted family by the CID of its setup.Manifest JSON blob (Publish
// writes them, Load reads and checks them from a setup store), and this
// package moves them between setup stores over the blob exchange: a node
// serves those manifest
// blobs next to the constraint systems and keys it already serves (Serve),
// and a node or requester that lacks some fetches them from the network's
// bootstrap peers, checking every blob against its CID (Fetch, or
// FetchNetwork with a short-lived host of its own).
package artifacts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/prover/setup"
)

var (
	// ErrUnavailable reports a blob that no peer delivered.
	ErrUnavailable = errors.New("artifacts: no peer delivered the blob")
	// ErrMissing reports a network artifact absent from the setup store.
	ErrMissing = errors.New("artifacts: not in the setup store")
	// ErrInvalid reports a network file's artifact entry that cannot be
	// right: no CID, or a manifest that is not the family listed.
	ErrInvalid = errors.New("artifacts: invalid")
)

// Load loads the network's families: each CID names a setup.Manifest
// JSON blob in st whose family must be the name it is listed under.
func Load(st *setup.Store, byFamily map[string]string) (map[string]setup.Manifest, error) {
	out := make(map[string]setup.Manifest, len(byFamily))
	for fam, s := range byFamily {
		c, err := cid.Decode(s)
		if err != nil {
			return nil, fmt.Errorf("%w: artifact CID of %s: %q: %v", ErrInvalid, fam, s, err)
		}
		b, err := st.Get(c)
		if err != nil {
			if errors.Is(err, setup.ErrNotFound) {
				return nil, fmt.Errorf("%w: manifest %s of family %s is not in %s (copy the deployer's setup store there)", ErrMissing, c, fam, st.Dir())
			}
			return nil, fmt.Errorf("manifest of %s: %w", fam, err)
		}
		var m setup.Manifest
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%w: manifest %s of %s: %v", ErrInvalid, c, fam, err)
		}
		if m.Family != fam {
			return nil, fmt.Errorf("%w: manifest %s is of family %q, listed as %q", ErrInvalid, c, m.Family, fam)
		}
		for _, part := range m.Blobs() {
			pc, err := cid.Decode(part)
			if err != nil {
				return nil, fmt.Errorf("%w: manifest %s of %s: %v", ErrInvalid, c, fam, err)
			}
			if _, err := st.Get(pc); errors.Is(err, setup.ErrNotFound) {
				return nil, fmt.Errorf("%w: blob %s of family %s is not in %s (copy the deployer's setup store there)", ErrMissing, pc, fam, st.Dir())
			}
		}
		out[fam] = m
	}
	return out, nil
}

// Publish stores each family's manifest as a JSON blob in st and
// returns the network file's artifact_cids.
func Publish(st *setup.Store, arts []*setup.Artifacts) (map[string]string, error) {
	out := map[string]string{}
	for _, a := range arts {
		b, err := json.Marshal(a.Manifest)
		if err != nil {
			return nil, err
		}
		c, err := st.Put(b)
		if err != nil {
			return nil, err
		}
		out[a.Manifest.Family] = c.String()
	}
	return out, nil
}

// maxBlob bounds a fetched artifact (proving keys are the largest).
const maxBlob = 1 << 30

// Serve copies each family's manifest blob, and the blobs it names, from st
// into bs, so that the blob exchange over bs serves them.
func Serve(bs *blob.Store, st *setup.Store, cids map[string]string) error {
	for fam, s := range cids {
		mc, err := cid.Decode(s)
		if err != nil {
			return fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		m, err := manifest(st, mc)
		if err != nil {
			return fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		for _, c := range append([]string{s}, m.Blobs()...) {
			bc, err := cid.Decode(c)
			if err != nil {
				return fmt.Errorf("artifacts of %s: %w", fam, err)
			}
			if bs.Has(bc) {
				continue
			}
			b, err := st.Get(bc)
			if err != nil {
				return err
			}
			if _, err := bs.PutBytes(b); err != nil {
				return err
			}
		}
	}
	return nil
}

func manifest(st *setup.Store, c cid.Cid) (setup.Manifest, error) {
	b, err := st.Get(c)
	if err != nil {
		return setup.Manifest{}, err
	}
	var m setup.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return setup.Manifest{}, fmt.Errorf("manifest %s: %w", c, err)
	}
	return m, nil
}

// Fetch gets every blob of the families in cids that st lacks (each
// manifest, then the blobs it names) from peers, through an exchange on h
// keeping its transfers in tmp, and stores them in st. It returns how many
// blobs it fetched.
func Fetch(ctx context.Context, h host.Host, tmp *blob.Store, st *setup.Store, cids map[string]string, peers []peer.AddrInfo, log *slog.Logger) (int, error) {
	if log == nil {
		log = slog.Default()
	}
	ex, err := blob.New(h, tmp, nil, blob.DefaultConfig(), log)
	if err != nil {
		return 0, err
	}
	defer ex.Close()
	for _, ai := range peers {
		if err := h.Connect(ctx, ai); err != nil {
			log.Warn("bootstrap peer unreachable", "peer", ai.ID, "err", err)
		}
	}
	n := 0
	get := func(fam, s string) ([]byte, error) {
		c, err := cid.Decode(s)
		if err != nil {
			return nil, fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		if b, err := st.Get(c); err == nil {
			return b, nil
		} else if !errors.Is(err, setup.ErrNotFound) {
			return nil, err
		}
		var last error = ErrUnavailable
		for _, ai := range peers {
			if _, err := ex.FetchFrom(ctx, ai.ID, c, maxBlob); err != nil {
				last = err
				continue
			}
			b, err := tmp.Get(c, maxBlob)
			if err != nil {
				return nil, err
			}
			got, err := st.Put(b)
			if err != nil {
				return nil, err
			}
			if !got.Equals(c) {
				return nil, fmt.Errorf("%w: %s", setup.ErrHashMismatch, c)
			}
			n++
			log.Info("fetched artifact", "family", fam, "cid", c, "bytes", len(b), "from", ai.ID)
			return b, nil
		}
		return nil, fmt.Errorf("%w: %s of family %s from %d peers (%v)", ErrUnavailable, c, fam, len(peers), last)
	}
	for fam, s := range cids {
		b, err := get(fam, s)
		if err != nil {
			return n, err
		}
		var m setup.Manifest
		if err := json.Unmarshal(b, &m); err != nil {
			return n, fmt.Errorf("manifest %s of %s: %w", s, fam, err)
		}
		for _, c := range m.Blobs() {
			if _, err := get(fam, c); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// FetchNetwork fetches the missing artifacts of network n from its
// bootstrap peers into st, through a short-lived host of its own.
func FetchNetwork(ctx context.Context, n *network.Network, st *setup.Store, log *slog.Logger) (int, error) {
	if log == nil {
		log = slog.Default()
	}
	peers, err := p2phost.ParseAddrInfos(n.BootstrapPeers)
	if err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp("", "zkpool-fetch-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	h, err := p2phost.New(p2phost.DefaultConfig(n.Name(), p2phost.RoleRequester, tmp), log.With("sub", "fetch"))
	if err != nil {
		return 0, err
	}
	defer h.Close()
	bs, err := blob.OpenStore(filepath.Join(tmp, "blobs"))
	if err != nil {
		return 0, err
	}
	return Fetch(ctx, h, bs, st, n.ArtifactCIDs, peers, log.With("sub", "fetch"))
}
