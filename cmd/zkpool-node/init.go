package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/p2p/identity"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const initExamples = `  zkpool-node init                                   (data in ~/.local/share/zkpool-node; asks for a password)
  ZKPOOL_PASSWORD=... zkpool-node init --datadir /srv/zkpool --network /srv/zkpool/network.json
  zkpool-node init --datadir n1 --listen /ip4/127.0.0.1/tcp/4101 --dev-key 1 --light-kdf --api-listen 127.0.0.1:8701   (local testnet)`

// newAccount creates the node's key in the keystore at dir, or imports
// the public development key devKey (>= 0, testnets only), and returns its
// address.
func newAccount(dir string, light bool, devKey int, pw string, stderr io.Writer) (string, error) {
	ks, err := keys.Open(dir, light)
	if err != nil {
		return "", err
	}
	if devKey >= 0 {
		k := keys.Dev(devKey, cli.Logger(stderr, "warn"))
		if _, err := ks.Import(k, pw); err != nil {
			return "", err
		}
		return k.Address().Hex(), nil
	}
	a, err := ks.Create(pw)
	if err != nil {
		return "", err
	}
	return a.Hex(), nil
}

func runInit(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("init", "[--datadir D] [flags]", initExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-node"), "data directory")
	pwFile := fs.String("password-file", "", "file whose first line is the keystore password (else $ZKPOOL_PASSWORD, else a prompt)")
	netFile := fs.String("network", "", "network file to record in the config")
	var listen, whitelist cli.Multi
	fs.Var(&listen, "listen", "libp2p listen multiaddr (repeatable; default TCP and QUIC on port 4001)")
	fs.Var(&whitelist, "score-whitelist", "CIDR exempt from gossip's IP colocation penalty (repeatable; 127.0.0.0/8 for a one-machine testnet)")
	devKey := fs.Int("dev-key", -1, "import the public development key N instead of creating one (testnets only)")
	light := fs.Bool("light-kdf", false, "cheap keystore encryption (testnets only)")
	apiListen := fs.String("api-listen", config.DefaultAPIListen, `host:port of the node's HTTP API and dashboard ("" turns them off; port 0 picks a free one at each start)`)
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	if err := config.CheckAPIListen(*apiListen); err != nil {
		return cli.BadUsage("--api-listen %q: %v", *apiListen, err)
	}
	cfgPath := filepath.Join(*dataDir, config.FileName)
	if _, err := os.Stat(cfgPath); err == nil {
		return cli.BadUsage("%s exists: this data dir is already initialised (use another --datadir)", cfgPath)
	}
	cfg := config.DefaultConfig()
	if len(listen) > 0 {
		for _, a := range listen {
			if _, err := ma.NewMultiaddr(a); err != nil {
				return cli.BadUsage("--listen %q: %v", a, err)
			}
		}
		cfg.Listen = listen
	}
	cfg.ScoreWhitelist = whitelist
	cfg.APIListen = *apiListen
	if *netFile != "" {
		abs, err := filepath.Abs(*netFile)
		if err != nil {
			return cli.BadInput(err)
		}
		cfg.NetworkFile = abs
	}
	pw, err := keys.Password(*pwFile, os.Stdin, stderr)
	if err != nil {
		return cli.BadInput(err)
	}
	if err := os.MkdirAll(*dataDir, 0o700); err != nil {
		return err
	}
	priv, err := identity.LoadOrCreate(*dataDir)
	if err != nil {
		return err
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		return err
	}
	if cfg.Account, err = newAccount(cfg.Keystore(*dataDir), *light, *devKey, pw, stderr); err != nil {
		return err
	}
	if err := cfg.Write(cfgPath); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "data dir:  %s\nconfig:    %s\naccount:   %s (fund it: it pays gas and the stake of %s wei)\npeer id:   %s\n",
		*dataDir, cfgPath, cfg.Account, cfg.StakeWei, id)
	addrs, wildcard := dialable(cfg.Listen)
	for _, a := range addrs {
		fmt.Fprintf(stdout, "bootstrap: %s/p2p/%s\n", a, id)
	}
	if wildcard {
		fmt.Fprintln(stdout, "note: the bootstrap lines name this machine's interface addresses (it listens on all of them); behind NAT, give the network file your public address instead, e.g. /ip4/203.0.113.7/tcp/4001/p2p/"+id.String())
	}
	return nil
}

// dialable turns listen addresses into ones others can dial: an
// unspecified address (0.0.0.0, ::) becomes this machine's interface
// addresses, loopback and link-local left out unless nothing else exists.
func dialable(listen []string) (out []ma.Multiaddr, wildcard bool) {
	ifaces, _ := manet.InterfaceMultiaddrs()
	for _, s := range listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			continue
		}
		if !manet.IsIPUnspecified(a) {
			out = append(out, a)
			continue
		}
		wildcard = true
		all, err := manet.ResolveUnspecifiedAddress(a, ifaces)
		if err != nil {
			out = append(out, a)
			continue
		}
		var public, local []ma.Multiaddr
		for _, r := range all {
			if manet.IsIPLoopback(r) || manet.IsIP6LinkLocal(r) {
				local = append(local, r)
			} else {
				public = append(public, r)
			}
		}
		if len(public) == 0 {
			public = local
		}
		out = append(out, public...)
	}
	return out, wildcard
}
