/* Beside each file chooser of WEB-INF/includes/file-chooser.xhtml, the name of the file chosen (the native input that
   would say it, in the browser's language rather than the page's, is hidden). */
document.addEventListener('change', function (event) {
    var input = event.target;
    var chooser = input.closest && input.closest('.ed-file');
    if (!chooser || input.type !== 'file') {
        return;
    }
    var name = chooser.querySelector('.ed-file-name');
    name.textContent = input.files.length
        ? Array.prototype.map.call(input.files, function (file) { return file.name; }).join(', ')
        : name.getAttribute('data-none');
});
