/* The case page's tabs (cases/view.xhtml): the address follows the tab shown, so that reloading the page, a bookmark
   or a copied address opens it on that tab. Each tab's id is "<tab parameter>Tab" (see CaseTab); the overview, where
   the page opens without a parameter, drops it. */
var caseTabs = {
    shown: function (tabView, index) {
        var id = tabView.panelContainer.children().eq(index).attr('id') || '';
        var name = id.substring(id.lastIndexOf(':') + 1).replace(/Tab$/, '');
        var address = new URL(window.location.href);
        if (!name || name === 'overview') {
            address.searchParams.delete('tab');
        } else {
            address.searchParams.set('tab', name);
        }
        window.history.replaceState(window.history.state, '', address);
    }
};
