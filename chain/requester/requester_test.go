package requester_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/requester"
)

// A node address to bootstrap from (nothing is dialled before the checks).
const nodeAddr = "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWMHBgbAP1YBNgYVmtd1vv3sCKQyoNXhn7peCwxoJrYovz"

func TestNewRejectsBadDiscovery(t *testing.T) {
	key, _ := crypto.GenerateKey()
	cases := map[string]func(*requester.Config){
		"lookup":    func(c *requester.Config) { c.Lookup = 0 },
		"max nodes": func(c *requester.Config) { c.MaxNodes = -3 },
		"network":   func(c *requester.Config) { c.Host.Network = "Not A Network" },
		"query":     func(c *requester.Config) { c.Discovery.QueryTimeout = 0 },
	}
	for name, edit := range cases {
		cfg := requester.DefaultConfig("rtest", filepath.Join(t.TempDir(), "requester"))
		cfg.Nodes = []string{nodeAddr}
		edit(&cfg)
		c, err := requester.New(cfg, nil, key, nil)
		if !errors.Is(err, requester.ErrConfig) {
			if c != nil {
				c.Close()
			}
			t.Errorf("%s: err = %v, want ErrConfig", name, err)
		}
	}
}
