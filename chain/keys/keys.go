package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/devchain"
)

// Key is a private key that prints and logs as its address only.
type Key struct {
	priv *ecdsa.PrivateKey
	addr common.Address
	dev  bool
}

// NewKey wraps a private key.
func NewKey(priv *ecdsa.PrivateKey) Key {
	return Key{priv: priv, addr: crypto.PubkeyToAddress(priv.PublicKey)}
}

// Address is the key's Ethereum address.
func (k Key) Address() common.Address { return k.addr }

// Private returns the private key, for signing. Do not print or log it.
func (k Key) Private() *ecdsa.PrivateKey { return k.priv }

// IsDev reports whether this is one of the public development keys.
func (k Key) IsDev() bool { return k.dev }

// String shows the address only.
func (k Key) String() string {
	if k.dev {
		return "key(" + k.addr.Hex() + ", DEV)"
	}
	return "key(" + k.addr.Hex() + ")"
}

// GoString shows the address only, for %#v.
func (k Key) GoString() string { return k.String() }

// Format shows the address only, whatever the verb.
func (k Key) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(k.String())) }

// LogValue shows the address only in slog output.
func (k Key) LogValue() slog.Value { return slog.StringValue(k.String()) }

// Store is an encrypted keystore directory.
type Store struct {
	ks  *keystore.KeyStore
	dir string
}

// Open opens (creating it if needed) the keystore in dir. light selects
// cheap scrypt parameters, for development and tests only.
func Open(dir string, light bool) (*Store, error) {
	if dir == "" {
		return nil, fmt.Errorf("keys: empty keystore directory")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return &Store{ks: keystore.NewKeyStore(dir, n, p), dir: dir}, nil
}

// Create makes a new random key, stores it encrypted and returns its address.
func (s *Store) Create(passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, ErrEmptyPassphrase
	}
	acct, err := s.ks.NewAccount(passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("keys: create: %w", err)
	}
	return acct.Address, nil
}

// Import stores an existing key encrypted.
func (s *Store) Import(k Key, passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, ErrEmptyPassphrase
	}
	acct, err := s.ks.ImportECDSA(k.priv, passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("keys: import %s: %w", k.addr, err)
	}
	return acct.Address, nil
}

// Accounts lists the stored addresses.
func (s *Store) Accounts() []common.Address {
	var out []common.Address
	for _, a := range s.ks.Accounts() {
		out = append(out, a.Address)
	}
	return out
}

// corrupt is ErrCorruptKey when the keystore holds a file named for addr
// (geth names key files UTC--<time>--<address>) that the keystore could not
// read, which it otherwise skips in silence.
func (s *Store) corrupt(addr common.Address) error {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil
	}
	suffix := strings.ToLower(hex.EncodeToString(addr[:]))
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(strings.ToLower(e.Name()), suffix) {
			continue
		}
		path := filepath.Join(s.dir, e.Name())
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", ErrCorruptKey, path, err)
		}
		var k struct {
			Address string `json:"address"`
		}
		if err := json.Unmarshal(b, &k); err != nil || !common.IsHexAddress(k.Address) || common.HexToAddress(k.Address) != addr {
			why := "it names another address"
			if err != nil {
				why = err.Error()
			}
			return fmt.Errorf("%w: %s (for %s): %s; restore it from a backup", ErrCorruptKey, path, addr, why)
		}
	}
	return nil
}

// Load decrypts the key of addr.
func (s *Store) Load(addr common.Address, passphrase string) (Key, error) {
	acct, err := s.ks.Find(accounts.Account{Address: addr})
	if err != nil {
		if cerr := s.corrupt(addr); cerr != nil {
			return Key{}, cerr
		}
		return Key{}, fmt.Errorf("%w: %s", ErrNoAccount, addr)
	}
	blob, err := os.ReadFile(acct.URL.Path)
	if err != nil {
		return Key{}, fmt.Errorf("keys: %w", err)
	}
	k, err := keystore.DecryptKey(blob, passphrase)
	if err != nil {
		return Key{}, fmt.Errorf("%w: %s", ErrBadPassphrase, addr)
	}
	return NewKey(k.PrivateKey), nil
}

// Dev returns development key i (see devchain.DevKey) and warns on log that
// a fixed, public key is in use.
func Dev(i int, log *slog.Logger) Key {
	k := NewKey(devchain.DevKey(i))
	k.dev = true
	if log != nil {
		log.Warn("DEV MODE: using a fixed, publicly known development key; never use it with real value", "index", i, "address", k.addr)
	}
	return k
}
