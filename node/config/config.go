package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// FileName is the config file's name inside a node's data directory.
const FileName = "config.toml"

// Config is a node operator's TOML configuration.
type Config struct {
	// NetworkFile is the network file to join; --network overrides it.
	NetworkFile string `toml:"network_file"`
	// Account is the node's Ethereum address; its key is in KeystoreDir.
	Account string `toml:"account"`
	// KeystoreDir holds the encrypted key (relative: inside the data dir).
	KeystoreDir string `toml:"keystore_dir"`
	// Listen are the libp2p listen multiaddrs.
	Listen []string `toml:"listen"`
	// StakeWei is registered on first start, in wei (decimal).
	StakeWei string `toml:"stake_wei"`
	// SetupDir is the setup store ("": the shared default).
	SetupDir string `toml:"setup_dir"`
	// ScoreWhitelist lists CIDRs exempt from gossip's IP colocation penalty.
	ScoreWhitelist []string `toml:"score_whitelist"`
	// MinDeadline is the shortest proving deadline the node accepts.
	MinDeadline Duration `toml:"min_deadline"`
	// QuoteTTL is how long a quote may wait before submitTask.
	QuoteTTL Duration `toml:"quote_ttl"`
	// BidWindow is how long the market collects bids for a segment.
	BidWindow Duration `toml:"bid_window"`
	// ProvingBase is the least proving time given to an awarded prover.
	ProvingBase Duration `toml:"proving_base"`
	// NewcomerGrace is added to twice a newcomer's promised time to give
	// the deadline of its award (package node/market).
	NewcomerGrace Duration `toml:"newcomer_grace"`
	// MinBidWei is the least bid the market takes, in wei per million
	// constraints (decimal; "0": no floor).
	MinBidWei string `toml:"min_bid_wei_per_mconstraint"`
	// Confirmations is the depth at which the node acts on chain events.
	Confirmations uint64 `toml:"confirmations"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `toml:"log_level"`
	// MaxSegments bounds the segments of a task the node quotes.
	MaxSegments int `toml:"max_segments"`
	// ProverRate is the constraints per second one prover is assumed to
	// prove when the node checks that a task fits its deadline.
	ProverRate int64 `toml:"prover_rate"`
	// AttestMargin is the time kept after proving for attestation and fulfil.
	AttestMargin Duration `toml:"attest_margin"`
	// MaxFulfilReverts is how many mined and reverted fulfils make the
	// node give a task up rather than keep paying gas.
	MaxFulfilReverts int `toml:"max_fulfil_reverts"`
	// APIListen is the host:port of the node's HTTP API and dashboard
	// (package node/api); "" turns them off, port 0 picks a free port.
	APIListen string `toml:"api_listen"`
}

// DefaultAPIListen is where a node serves its HTTP API unless configured:
// loopback only, since the API shows the node's tasks and provers to
// whoever can reach it.
const DefaultAPIListen = "127.0.0.1:8645"

// Duration is a time.Duration written as a TOML string ("30s").
type Duration struct{ time.Duration }

// UnmarshalText parses "30s", "5m".
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration as Go formats it.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// DefaultConfig is a node listening on port 4001 with a stake of 1 ether;
// every other value is node.DefaultConfig's (package node checks that they
// agree).
func DefaultConfig() Config {
	return Config{
		KeystoreDir: "keystore",
		Listen:      []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"},
		StakeWei:    "1000000000000000000",
		MinDeadline: Duration{30 * time.Second}, QuoteTTL: Duration{5 * time.Minute},
		BidWindow: Duration{500 * time.Millisecond}, ProvingBase: Duration{20 * time.Second},
		NewcomerGrace: Duration{5 * time.Second}, MinBidWei: "1000000000",
		Confirmations: 1, LogLevel: "info",
		MaxSegments: 4096, ProverRate: 20_000, AttestMargin: Duration{20 * time.Second},
		MaxFulfilReverts: 3,
		APIListen:        DefaultAPIListen,
	}
}

// Validate checks every field.
func (c Config) Validate() error {
	if c.Account != "" && !common.IsHexAddress(c.Account) {
		return fmt.Errorf("%w: account %q is not an Ethereum address", ErrInvalid, c.Account)
	}
	if c.KeystoreDir == "" {
		return fmt.Errorf("%w: keystore_dir is empty", ErrInvalid)
	}
	if len(c.Listen) == 0 {
		return fmt.Errorf("%w: listen has no address", ErrInvalid)
	}
	if _, err := c.Stake(); err != nil {
		return err
	}
	switch {
	case c.MinDeadline.Duration <= 0:
		return fmt.Errorf("%w: min_deadline must be positive", ErrInvalid)
	case c.QuoteTTL.Duration <= 0:
		return fmt.Errorf("%w: quote_ttl must be positive", ErrInvalid)
	case c.BidWindow.Duration <= 0:
		return fmt.Errorf("%w: bid_window must be positive", ErrInvalid)
	case c.ProvingBase.Duration <= 0:
		return fmt.Errorf("%w: proving_base must be positive", ErrInvalid)
	case c.NewcomerGrace.Duration < 0:
		return fmt.Errorf("%w: newcomer_grace must not be negative", ErrInvalid)
	}
	if _, err := c.MinBid(); err != nil {
		return err
	}
	switch {
	case c.MaxSegments < 1 || c.MaxSegments > receipt.MaxSegments:
		return fmt.Errorf("%w: max_segments %d not in [1, %d]", ErrInvalid, c.MaxSegments, receipt.MaxSegments)
	case c.ProverRate <= 0:
		return fmt.Errorf("%w: prover_rate must be positive", ErrInvalid)
	case c.AttestMargin.Duration < 0:
		return fmt.Errorf("%w: attest_margin must not be negative", ErrInvalid)
	case c.MaxFulfilReverts < 1:
		return fmt.Errorf("%w: max_fulfil_reverts must be at least 1", ErrInvalid)
	}
	if c.Confirmations == 0 || c.Confirmations > 1000 {
		return fmt.Errorf("%w: confirmations %d not in [1, 1000]", ErrInvalid, c.Confirmations)
	}
	if err := CheckLogLevel(c.LogLevel); err != nil {
		return fmt.Errorf("%w: log_level %q: %v", ErrInvalid, c.LogLevel, err)
	}
	if err := CheckAPIListen(c.APIListen); err != nil {
		return fmt.Errorf("%w: api_listen %q: %v", ErrInvalid, c.APIListen, err)
	}
	return nil
}

// CheckLogLevel accepts the log levels of the config and the --log-level
// flags: debug, info, warn and error. Its error says what is wanted; the
// caller names the key or flag.
func CheckLogLevel(level string) error {
	switch level {
	case "debug", "info", "warn", "error":
		return nil
	}
	return errors.New("want debug, info, warn or error")
}

// CheckAPIListen accepts "" (no API) or host:port with a port in [0, 65535]
// (0: a free port) and a host that is empty (every interface), an IP or a
// name. Its error says what is wrong; the caller names the key or flag.
func CheckAPIListen(addr string) error {
	if addr == "" {
		return nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("want host:port such as %s, or \"\" for no API", DefaultAPIListen)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("port %q is not a number in [0, 65535]", port)
	}
	if strings.ContainsAny(host, " /\t") {
		return fmt.Errorf("host %q is not an IP address or a name", host)
	}
	return nil
}

// Stake parses StakeWei.
func (c Config) Stake() (*big.Int, error) {
	v, ok := new(big.Int).SetString(c.StakeWei, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("%w: stake_wei %q is not a positive decimal number of wei", ErrInvalid, c.StakeWei)
	}
	return v, nil
}

// MinBid parses MinBidWei.
func (c Config) MinBid() (*big.Int, error) {
	v, ok := new(big.Int).SetString(c.MinBidWei, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%w: min_bid_wei_per_mconstraint %q is not a non-negative decimal number of wei", ErrInvalid, c.MinBidWei)
	}
	return v, nil
}

// Load reads and validates a config file; missing keys keep their defaults,
// unknown keys are an error.
func Load(path string) (Config, error) {
	c := DefaultConfig()
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %s: %v", ErrInvalid, path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Config{}, fmt.Errorf("%w: %s: unknown key %q", ErrInvalid, path, und[0].String())
	}
	if err := c.Validate(); err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

var fileTemplate = template.Must(template.New("config").Funcs(template.FuncMap{"q": quote, "qs": quoteList}).Parse(`# zkpool-node configuration, written by 'zkpool-node init'.
# Durations are strings such as "30s" or "5m".

# The network file to join (written by 'zkpool-node deploy'); --network overrides it.
network_file = {{q .NetworkFile}}

# This node's Ethereum address. Its key is in keystore_dir, encrypted with the
# password given by --password-file, $ZKPOOL_PASSWORD or a prompt.
account = {{q .Account}}
keystore_dir = {{q .KeystoreDir}}

# libp2p listen addresses (TCP and QUIC). Bootstrap nodes need fixed ports.
listen = {{qs .Listen}}

# Stake registered with the contract on first start, in wei.
stake_wei = {{q .StakeWei}}

# Setup store holding the circuit families' artifacts ("": ~/.cache/zkpool/setup
# or $ZKPOOL_SETUP_DIR).
setup_dir = {{q .SetupDir}}

# CIDRs exempt from gossip's IP colocation penalty (e.g. ["127.0.0.0/8"] for a
# testnet on one machine).
score_whitelist = {{qs .ScoreWhitelist}}

# The shortest proving deadline this node quotes for, and how long a quote holds.
min_deadline = {{q .MinDeadline.String}}
quote_ttl = {{q .QuoteTTL.String}}

# Segment market: how long bids are collected, and the least proving time given.
bid_window = {{q .BidWindow.String}}
proving_base = {{q .ProvingBase.String}}

# A prover that has not yet delivered a valid receipt to this node holds one
# award at a time, due within 2 x its promised time + newcomer_grace, and is
# banned at its first failure. The grace covers fetching the witness and the
# proving key on a first award: too short bans honest newcomers; longer lets
# each silent identity stall a segment longer.
newcomer_grace = {{q .NewcomerGrace.String}}

# The least bid taken, in wei per million constraints ("0": no floor). Keep it
# well below what provers ask.
min_bid_wei_per_mconstraint = {{q .MinBidWei}}

# Blocks a chain event must be under before the node acts on it (1 suits a
# dev chain; more on a chain that reorganises).
confirmations = {{.Confirmations}}

# What the node takes on: at most max_segments segments per task, and only
# tasks it can prove and have attested before their deadline, assuming each
# prover online proves prover_rate constraints per second and keeping
# attest_margin for attestation and fulfil.
max_segments = {{.MaxSegments}}
prover_rate = {{.ProverRate}}
attest_margin = {{q .AttestMargin.String}}

# Fulfil transactions mined and reverted (each costs gas) before the node gives
# a task up.
max_fulfil_reverts = {{.MaxFulfilReverts}}

# debug, info, warn or error (logs go to stderr); --log-level overrides it.
log_level = {{q .LogLevel}}

# host:port of the node's HTTP API (/v1/status, /v1/tasks, /v1/events,
# /metrics) and its dashboard (/); --api-listen overrides it. "" turns them
# off; port 0 picks a free port, printed at start. The API changes nothing but
# shows the node's tasks and provers: keep it on loopback or behind a proxy.
api_listen = {{q .APIListen}}
`))

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }

func quoteList(v []string) string {
	q := make([]string, len(v))
	for i, s := range v {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// Write validates c and writes it, with comments, to path.
func (c Config) Write(path string) error {
	if err := c.Validate(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := fileTemplate.Execute(&buf, c); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o600)
}

// Keystore is the keystore directory, resolved against dataDir.
func (c Config) Keystore(dataDir string) string {
	if filepath.IsAbs(c.KeystoreDir) {
		return c.KeystoreDir
	}
	return filepath.Join(dataDir, c.KeystoreDir)
}

// SetupStore is the setup store directory.
func (c Config) SetupStore() string {
	if c.SetupDir == "" {
		return setup.DefaultDir()
	}
	return c.SetupDir
}

// DataDir is the default data directory of an app: $XDG_DATA_HOME/app or
// ~/.local/share/app.
func DataDir(app string) string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, app)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), app)
	}
	return filepath.Join(home, ".local", "share", app)
}
