package devchain

// SetReorgHook makes f run in a losing Reorg between the pool's clearing
// and the new branch's seal, where a quick sender's transaction can land.
func SetReorgHook(c *Chain, f func()) { c.reorgHook = f }
