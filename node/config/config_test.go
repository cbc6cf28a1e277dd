package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteLoadRoundTrip(t *testing.T) {
	c := DefaultConfig()
	c.Account = "0x00000000000000000000000000000000000000aa"
	c.ScoreWhitelist = []string{"127.0.0.0/8"}
	c.Listen = []string{"/ip4/127.0.0.1/tcp/4101"}
	c.APIListen = "[::1]:0"
	c.NewcomerGrace.Duration = 7 * time.Second
	c.MinBidWei = "12345"
	path := filepath.Join(t.TempDir(), FileName)
	if err := c.Write(path); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), "# Stake registered") || !strings.Contains(string(raw), "# host:port of the node's HTTP API") {
		t.Fatalf("config has no comments:\n%s", raw)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Account != c.Account || got.Listen[0] != c.Listen[0] || got.MinDeadline != c.MinDeadline || got.ScoreWhitelist[0] != "127.0.0.0/8" ||
		got.APIListen != c.APIListen || got.NewcomerGrace != c.NewcomerGrace || got.MinBidWei != "12345" {
		t.Fatalf("round trip: %+v, want %+v", got, c)
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"unknown key":             "colour = \"blue\"\n",
		"bad stake":               "stake_wei = \"-5\"\n",
		"bad duration":            "min_deadline = \"soon\"\n",
		"bad account":             "account = \"0x12\"\n",
		"bad level":               "log_level = \"loud\"\n",
		"no confirmations":        "confirmations = 0\n",
		"not toml":                "= = =\n",
		"api no port":             "api_listen = \"127.0.0.1\"\n",
		"api bad port":            "api_listen = \"127.0.0.1:http\"\n",
		"api port range":          "api_listen = \"127.0.0.1:65536\"\n",
		"segments above receipts": "max_segments = 65537\n",
		"no prover rate":          "prover_rate = 0\n",
		"no reverts":              "max_fulfil_reverts = 0\n",
		"negative grace":          "newcomer_grace = \"-1s\"\n",
		"negative min bid":        "min_bid_wei_per_mconstraint = \"-1\"\n",
		"bad min bid":             "min_bid_wei_per_mconstraint = \"cheap\"\n",
	}
	for name, body := range cases {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".toml")
		os.WriteFile(p, []byte(body), 0o600)
		if _, err := Load(p); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
}

func TestAPIListenDefaultAndOff(t *testing.T) {
	dir := t.TempDir()
	// A config written before api_listen existed gets the loopback default.
	old := filepath.Join(dir, "old.toml")
	os.WriteFile(old, []byte("log_level = \"warn\"\n"), 0o600)
	c, err := Load(old)
	if err != nil || c.APIListen != DefaultAPIListen {
		t.Fatalf("default api_listen %q (%v), want %q", c.APIListen, err, DefaultAPIListen)
	}
	off := filepath.Join(dir, "off.toml")
	os.WriteFile(off, []byte("api_listen = \"\"\n"), 0o600)
	if c, err := Load(off); err != nil || c.APIListen != "" {
		t.Fatalf("api_listen \"\": %q %v", c.APIListen, err)
	}
}

func TestCheckAPIListen(t *testing.T) {
	for addr, ok := range map[string]bool{
		"": true, "127.0.0.1:8645": true, ":8645": true, "[::1]:0": true, "localhost:80": true, "0.0.0.0:65535": true,
		"8645": false, "127.0.0.1": false, "127.0.0.1:": false, "127.0.0.1:-1": false, "127.0.0.1:99999": false,
		"http://127.0.0.1:8645": false, "a b:1": false, "::1:80": false,
	} {
		if err := CheckAPIListen(addr); (err == nil) != ok {
			t.Errorf("CheckAPIListen(%q) = %v, want ok %v", addr, err, ok)
		}
	}
	for lvl, ok := range map[string]bool{"debug": true, "info": true, "warn": true, "error": true, "": false, "INFO": false, "trace": false} {
		if err := CheckLogLevel(lvl); (err == nil) != ok {
			t.Errorf("CheckLogLevel(%q) = %v, want ok %v", lvl, err, ok)
		}
	}
}
