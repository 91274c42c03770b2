// Enter sends and Shift+Enter starts a new line. While an input method is composing (pinyin, kana), Enter only
// commits the characters: isComposing covers most browsers, keyCode 229 the Safari keydown that ends a composition.
export function attach(textarea) {
    textarea.addEventListener('keydown', event => {
        if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
        event.preventDefault();
        textarea.form?.requestSubmit();
    });
}

// The server replaces the draft (a canned text, a sent message cleared) through here rather than by re-rendering
// the value on every keystroke, which could put back a stale draft while the agent is still typing.
export function setValue(textarea, value) {
    textarea.value = value;
}
