package node

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node/config"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/prover/setup"
)

// FromFile maps an operator's config file and the network file onto the
// node's Config, with data under dataDir and the network's trusted
// families arts (artifacts.Load): the node serves its API where the file
// says and keeps its status file. The network's receipt verifier is the
// one verifier contract the node takes tasks naming.
func FromFile(c config.Config, dataDir string, n *network.Network, arts map[string]setup.Manifest) (Config, error) {
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	stake, _ := c.Stake()
	name := n.Name()
	nc := DefaultConfig(name, dataDir)
	nc.Host = p2phost.DefaultConfig(name, p2phost.RoleNode, dataDir)
	nc.Host.ListenAddrs = append([]string(nil), c.Listen...)
	nc.Gossip.ScoreWhitelist = append([]string(nil), c.ScoreWhitelist...)
	nc.Contract, nc.DeployBlock, nc.Artifacts = n.Contract, n.DeployBlock, arts
	nc.Network = n // served to provers that join by this node's address
	nc.Stake = stake
	nc.SetupDir = c.SetupStore()
	nc.Bootstrap = append([]string(nil), n.BootstrapPeers...)
	nc.MinDeadline, nc.QuoteTTL = c.MinDeadline.Duration, c.QuoteTTL.Duration
	nc.Market.BidWindow, nc.Market.ProvingBase = c.BidWindow.Duration, c.ProvingBase.Duration
	nc.Market.NewcomerGrace = c.NewcomerGrace.Duration
	nc.Market.MinPricePerMConstraint, _ = c.MinBid()
	nc.Watcher.Confirmations = c.Confirmations
	nc.Limits.MaxSegments, nc.Limits.ProverRate, nc.Limits.AttestMargin = c.MaxSegments, c.ProverRate, c.AttestMargin.Duration
	nc.Fulfil.MaxReverts = c.MaxFulfilReverts
	nc.API.Addr = c.APIListen
	nc.StatusFile = true
	if n.ReceiptVerifier != (common.Address{}) {
		nc.TrustedVerifiers = []common.Address{n.ReceiptVerifier}
	}
	if err := nc.Host.Validate(); err != nil {
		return Config{}, err
	}
	return nc, nil
}
